using Functions.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Functions.Notify.Tests;

[TestClass]
public sealed class NotifyServicesTests
{
    [TestMethod]
    public void AddNotify_WithoutStores_NotifierWithoutLogOrBucket()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddNotify();

        using var provider = services.BuildServiceProvider();

        Assert.IsNotNull(provider.GetRequiredService<Notifier>());
        Assert.IsNull(provider.GetService<NotificationLog>());
        Assert.IsNull(provider.GetService<RedisTokenBucket>());
    }

    [TestMethod]
    public async Task AddNotify_WithStores_RegistersTheLogAndTheBucket()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Username=u;Password=p;Database=d");
        await using var redis = new RedisConnection(RedisUrl.Parse("redis://127.0.0.1:1"));
        var services = new ServiceCollection().AddLogging().AddSingleton(dataSource).AddSingleton(redis);
        services.AddNotify(new NotifyOptions { ClaimTimeout = TimeSpan.FromMinutes(5) });

        await using var provider = services.BuildServiceProvider();

        Assert.IsNotNull(provider.GetService<NotificationLog>());
        Assert.IsNotNull(provider.GetService<RedisTokenBucket>());
        Assert.AreEqual(TimeSpan.FromMinutes(5), provider.GetRequiredService<NotifyOptions>().ClaimTimeout);
        Assert.IsNotNull(provider.GetRequiredService<Notifier>());
    }
}
