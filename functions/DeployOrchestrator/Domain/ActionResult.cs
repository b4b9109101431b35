namespace Functions.DeployOrchestrator.Domain;

/// <summary>What executing a <see cref="RunAction"/> observed.</summary>
internal abstract record ActionResult;

/// <summary>The new version exists (deployed now, or found already running the image).</summary>
/// <param name="Version">Its name.</param>
/// <param name="TaskId">Its release task.</param>
/// <param name="StableVersion">The version serving traffic before it.</param>
/// <param name="Reused">True when it was already there (a re-run after a crash).</param>
internal sealed record DeployedResult(string Version, long? TaskId, string? StableVersion, bool Reused) : ActionResult;

/// <summary>Whether the new version is ready; <paramref name="Broken"/> when the platform says it never will be (release failed).</summary>
/// <param name="Ready">Ready to take traffic.</param>
/// <param name="Broken">The release failed.</param>
/// <param name="Detail">What the platform said.</param>
internal sealed record ReadinessResult(bool Ready, bool Broken, string Detail) : ActionResult;

/// <summary>One probe's outcome.</summary>
/// <param name="Healthy">It met every expectation.</param>
/// <param name="Detail">Status, field value or error.</param>
internal sealed record ProbeResult(bool Healthy, string Detail) : ActionResult;

/// <summary>The traffic split is in place.</summary>
/// <param name="Percent">The new version's share.</param>
internal sealed record TrafficResult(int Percent) : ActionResult;

/// <summary>One measurement of each metric.</summary>
/// <param name="Measurements">Per metric.</param>
internal sealed record MeasuredResult(IReadOnlyList<Measurement> Measurements) : ActionResult;

/// <summary>A metric's value, or why there is none.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Value">The value, or null when the query returned no series (or failed).</param>
/// <param name="Error">Why it could not be measured, or null.</param>
internal sealed record Measurement(string Metric, double? Value, string? Error);

/// <summary>The release is complete with all traffic on the new version.</summary>
internal sealed record FinalisedResult : ActionResult;

/// <summary>Traffic is back on the stable version and the new version is stopped.</summary>
internal sealed record RolledBackResult : ActionResult;

/// <summary>Nothing was done (waits and idles).</summary>
internal sealed record NothingResult : ActionResult;

/// <summary>The effect failed (the platform refused or could not be reached); the machine decides whether to retry.</summary>
/// <param name="Message">What went wrong.</param>
/// <param name="Transient">Whether trying again may work.</param>
internal sealed record FailedResult(string Message, bool Transient) : ActionResult;
