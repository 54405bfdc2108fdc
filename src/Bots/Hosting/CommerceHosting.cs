using Conversational.Bots.Commerce.Stores;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// Where the commerce data lives: the catalog, orders, advisor desk and cart timers, on Redis (under the <c>m</c> key
/// prefix) when <c>ConnectionStrings:Redis</c> is set, else in memory.
/// </summary>
internal static class CommerceHosting
{
    public static IServiceCollection AddCommerceStores(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString(WalletHosting.RedisConnectionString) is { Length: > 0 })
        {
            services.AddSingleton<ICatalogStore>(sp => new RedisCatalogStore(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<IOrderStore>(sp => new RedisOrderStore(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<IAdvisorDesk>(sp => new RedisAdvisorDesk(sp.GetRequiredService<IConnectionMultiplexer>()));
            services.AddSingleton<ICartTimers>(sp => new RedisCartTimers(sp.GetRequiredService<IConnectionMultiplexer>()));
        }
        else
        {
            services.AddSingleton<ICatalogStore, InMemoryCatalogStore>();
            services.AddSingleton<IOrderStore, InMemoryOrderStore>();
            services.AddSingleton<IAdvisorDesk, InMemoryAdvisorDesk>();
            services.AddSingleton<ICartTimers, InMemoryCartTimers>();
        }
        return services;
    }
}
