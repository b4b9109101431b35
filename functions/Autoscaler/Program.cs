using Functions.Autoscaler;
using Functions.Scf.Hosting;

return await FunctionHost.RunAsync(args, AutoscalerFunction.Definition);
