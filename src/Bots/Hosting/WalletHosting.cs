using Conversational.Wallet;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The wallet in the host: its settings (the <c>Wallet</c> section, checked at start-up), the ledger store and
/// the service the conversations use. The store is in memory unless <c>ConnectionStrings:Redis</c> is set.
/// </summary>
internal static class WalletHosting
{
    public const string RedisConnectionString = "Redis";

    public static IServiceCollection AddWallet(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WalletOptions>().BindConfiguration(WalletOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WalletOptions>, WalletOptionsValidator>();
        services.AddSingleton(sp => WalletPolicy.From(sp.GetRequiredService<IOptions<WalletOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        if (configuration.GetConnectionString(RedisConnectionString) is { Length: > 0 } redis)
        {
            // One multiplexer for the process; abortConnect=false lets the service start while Redis is down and
            // reconnect in the background (a movement meanwhile is "unknown", never "failed").
            services.AddSingleton<IConnectionMultiplexer>(_ =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                return ConnectionMultiplexer.Connect(options);
            });
            services.AddSingleton<ILedgerStore>(sp => new RedisLedgerStore(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<WalletPolicy>(), sp.GetRequiredService<TimeProvider>()));
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        }
        else
        {
            services.AddSingleton<ILedgerStore>(sp => new InMemoryLedgerStore(
                sp.GetRequiredService<WalletPolicy>(), sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton(sp => new WalletService(
            sp.GetRequiredService<ILedgerStore>(), sp.GetRequiredService<WalletPolicy>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PendingReturnService>();
        return services;
    }

    /// <summary>Every problem of the Wallet section, each naming its setting, stops the service at start-up.</summary>
    private sealed class WalletOptionsValidator : IValidateOptions<WalletOptions>
    {
        public ValidateOptionsResult Validate(string? name, WalletOptions options)
        {
            try
            {
                WalletPolicy.From(options);
                return ValidateOptionsResult.Success;
            }
            catch (WalletOptionsException e)
            {
                return ValidateOptionsResult.Fail(e.Problems);
            }
        }
    }
}
