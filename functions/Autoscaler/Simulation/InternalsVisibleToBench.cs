using System.Runtime.CompilerServices;

// bench/AutoscalerBench times ScalingEngine.Decide and the simulator in process, on this very assembly.
[assembly: InternalsVisibleTo("AutoscalerBench")]
