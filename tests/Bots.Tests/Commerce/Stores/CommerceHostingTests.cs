using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Hosting;
using Conversational.Bots.Tests.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>Which commerce stores the host registers: Redis ones with a Redis connection string, else in-memory ones.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class CommerceHostingTests(RedisStoreFixture redis)
{
    [Fact]
    public void Without_a_Redis_connection_string_the_commerce_stores_are_in_memory_singletons()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.IsType<InMemoryCatalogStore>(services.GetRequiredService<ICatalogStore>());
        Assert.IsType<InMemoryOrderStore>(services.GetRequiredService<IOrderStore>());
        Assert.IsType<InMemoryAdvisorDesk>(services.GetRequiredService<IAdvisorDesk>());
        Assert.IsType<InMemoryCartTimers>(services.GetRequiredService<ICartTimers>());
        Assert.Same(services.GetRequiredService<IOrderStore>(), services.GetRequiredService<IOrderStore>());
    }

    [Fact]
    public async Task With_a_Redis_connection_string_the_commerce_stores_use_the_shared_connection_under_prefix_m()
    {
        using var services = Build(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.1:1" }, redis.Connection);

        Assert.IsType<RedisCatalogStore>(services.GetRequiredService<ICatalogStore>());
        Assert.IsType<RedisOrderStore>(services.GetRequiredService<IOrderStore>());
        Assert.IsType<RedisAdvisorDesk>(services.GetRequiredService<IAdvisorDesk>());
        var timers = Assert.IsType<RedisCartTimers>(services.GetRequiredService<ICartTimers>());
        var person = "person:" + Guid.NewGuid().ToString("N");
        await timers.ScheduleAsync(person, DateTimeOffset.UnixEpoch.AddDays(1), TestContext.Current.CancellationToken);
        Assert.Equal(86_400_000, await redis.Connection.GetDatabase().SortedSetScoreAsync("{m}:cart-timers", person));
        await timers.CancelAsync(person, TestContext.Current.CancellationToken);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, IConnectionMultiplexer? connection = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (connection is not null)
        {
            services.AddSingleton(connection);
        }
        return services.AddCommerceStores(configuration).BuildServiceProvider();
    }
}
