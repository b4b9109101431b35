using Functions.ObjectStorage.Configuration;
using Functions.Scf.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.ObjectStorage;

/// <summary>Registers an object store read from a function's configuration, with its health check.</summary>
public static class ObjectStorageServices
{
    /// <summary>
    /// Reads the repository URL in <paramref name="variable"/> (and <c>COS_*</c> or <c>S3_*</c> for its kind) and
    /// registers an <see cref="IObjectStore"/> for it. Problems are recorded on the function's settings, naming
    /// the variable at fault.
    /// </summary>
    /// <param name="function">The function's services.</param>
    /// <param name="variable">The variable, e.g. <c>BACKUP_REPOSITORY</c>.</param>
    /// <param name="required">Whether the function cannot run without it.</param>
    /// <returns>True when a store was registered.</returns>
    public static bool AddObjectStore(this FunctionServices function, string variable, bool required = true)
    {
        if (ObjectStoreSettings.Read(function.Settings, variable, required) is not { } options)
        {
            return false;
        }

        function.Services.AddSingleton(sp => new ObjectStoreClient(
            options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ObjectStoreClient>>()));
        function.Services.AddSingleton<IObjectStore>(sp => sp.GetRequiredService<ObjectStoreClient>());
        function.Health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            $"object store ({variable})", sp => new ObjectStoreHealthCheck(sp.GetRequiredService<ObjectStoreClient>()), failureStatus: null, tags: null));
        return true;
    }
}
