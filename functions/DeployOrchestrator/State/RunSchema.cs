namespace Functions.DeployOrchestrator.State;

/// <summary>
/// Deployment runs and their event log. A run's whole state is one jsonb document; the columns beside it are what
/// the store queries and guards on: the (service, digest) identity that makes a repeated webhook start nothing, the
/// partial unique index that allows one active run per service, the optimistic version, the lease and the due time.
/// </summary>
internal static class RunSchema
{
    public const string Name = "deploy_schema";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS deploy_runs (
            id bigserial PRIMARY KEY,
            service text NOT NULL,
            digest text NOT NULL,
            image text NOT NULL,
            phase text NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            state jsonb NOT NULL,
            next_run_at timestamptz,
            lease_owner text,
            lease_until timestamptz,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            UNIQUE (service, digest));
        CREATE UNIQUE INDEX IF NOT EXISTS deploy_runs_one_active ON deploy_runs (service)
            WHERE phase IN ('Deploying', 'WaitingReady', 'Stepping', 'Finalising', 'RollingBack');
        CREATE INDEX IF NOT EXISTS deploy_runs_due ON deploy_runs (next_run_at) WHERE next_run_at IS NOT NULL;
        CREATE TABLE IF NOT EXISTS deploy_run_events (
            run_id bigint NOT NULL REFERENCES deploy_runs ON DELETE CASCADE,
            seq integer NOT NULL,
            at timestamptz NOT NULL,
            kind text NOT NULL,
            message text NOT NULL,
            phase text NOT NULL,
            step_index integer NOT NULL,
            run_version bigint NOT NULL,
            PRIMARY KEY (run_id, seq));
        """;
}
