using Functions.AlertHandler;
using Functions.Scf.Hosting;

return await FunctionHost.RunAsync(args, AlertHandlerFunction.Definition);
