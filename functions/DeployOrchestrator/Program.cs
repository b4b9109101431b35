using Functions.DeployOrchestrator;
using Functions.Scf.Hosting;

return await FunctionHost.RunAsync(args, DeployOrchestratorFunction.Definition);
