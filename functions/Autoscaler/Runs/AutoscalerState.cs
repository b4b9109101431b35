using Functions.Autoscaler.State;
using Functions.Scf.Errors;
using Functions.State;

namespace Functions.Autoscaler.Runs;

/// <summary>The decision store and the lease, which exist only when <c>DATABASE_URL</c> (and <c>REDIS_URL</c>) are set.</summary>
/// <param name="store">The store, or null without a database.</param>
/// <param name="lease">The lease: Redis, else a PostgreSQL advisory lock, else null.</param>
internal sealed class AutoscalerState(DecisionStore? store, IScalingLease? lease)
{
    /// <summary>The lease (only reachable after <see cref="RequireStore"/>, which guarantees one).</summary>
    public IScalingLease Lease => lease!;

    /// <summary>The store, or an error saying the command needs it.</summary>
    /// <param name="what">What needs it.</param>
    /// <returns>The store.</returns>
    public DecisionStore RequireStore(string what) =>
        store ?? throw new InvalidArgumentsException($"{what} needs {StateVariables.DatabaseUrl}: decisions, scale history and pins are kept in PostgreSQL");
}
