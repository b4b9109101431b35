using Functions.Backup;
using Functions.Scf.Hosting;

return await FunctionHost.RunAsync(args, BackupFunction.Definition);
