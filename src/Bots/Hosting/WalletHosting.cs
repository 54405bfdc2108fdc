using Conversational.Wallet;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Hosting;

/// <summary>
/// The wallet in the host: its settings (the <c>Wallet</c> section, checked at start-up), the ledger store and
/// the service the conversations use.
/// </summary>
internal static class WalletHosting
{
    public static IServiceCollection AddWallet(this IServiceCollection services)
    {
        services.AddOptions<WalletOptions>().BindConfiguration(WalletOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WalletOptions>, WalletOptionsValidator>();
        services.AddSingleton(sp => WalletPolicy.From(sp.GetRequiredService<IOptions<WalletOptions>>().Value));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILedgerStore>(sp => new InMemoryLedgerStore(
            sp.GetRequiredService<WalletPolicy>(), sp.GetRequiredService<TimeProvider>()));
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
