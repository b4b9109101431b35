using Functions.ProbeFunction;
using Functions.Scf.Hosting;

return await FunctionHost.RunAsync(args, ProbeDefinition.Definition);
