namespace Functions.DeployOrchestrator.Domain;

/// <summary>The kinds of <see cref="RunEvent"/> the machine records; notifications key on them.</summary>
internal static class RunEventKind
{
    public const string Deployed = "deployed";
    public const string DeployReused = "deploy-reused";
    public const string Ready = "ready";
    public const string NotReady = "not-ready";
    public const string ReleaseFailed = "release-failed";
    public const string ProbePassed = "probe-passed";
    public const string ProbeFailed = "probe-failed";
    public const string HealthPassed = "health-passed";
    public const string HealthFailed = "health-failed";
    public const string WeightSet = "weight-set";
    public const string Paused = "paused";
    public const string Resumed = "resumed";
    public const string Waiting = "waiting";
    public const string AnalysisMeasured = "analysis-measured";
    public const string AnalysisPassed = "analysis-passed";
    public const string AnalysisFailed = "analysis-failed";
    public const string AnalysisInconclusive = "analysis-inconclusive";
    public const string Promoted = "promoted";
    public const string PromotedFull = "promoted-full";
    public const string Finalising = "finalising";
    public const string Finalised = "finalised";
    public const string RollbackStarted = "rollback-started";
    public const string RolledBack = "rolled-back";
    public const string Aborted = "aborted";
    public const string Superseded = "superseded";
    public const string Failed = "failed";
    public const string EffectFailed = "effect-failed";
}
