using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Hosting;

/// <summary>
/// What a newcomer needs to try the service at once, loaded in the Development environment only: the verified
/// people @alice and @bob with 100 EUR each (the web chat's "alice" and "bob"), the charity @restosducoeur and
/// the merchant @demoshop. Every step is idempotent, so restarts and several instances load it once.
/// </summary>
internal sealed partial class DemoData(IPartyDirectory directory, WalletService wallet, ILogger<DemoData> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (handle, name) in new[] { ("alice", "Alice"), ("bob", "Bob") })
        {
            var person = new Party(AccountId.Person(handle), handle, name);
            if (!await directory.RegisterAsync(person, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            await directory.BindIdentityAsync(new ChannelIdentity(ChannelIdentity.WebChannel, handle), person.Account, cancellationToken)
                .ConfigureAwait(false);
            await wallet.Store.OpenAccountAsync(new Account(person.Account, IdentityTier.Verified), cancellationToken).ConfigureAwait(false);
            await wallet.Store.SetTierAsync(person.Account, IdentityTier.Verified, cancellationToken).ConfigureAwait(false);
            await wallet.ExecuteAsync(new Funding(new TransferId("demo:" + handle), person.Account, new Money(100_00, Currency.Eur)),
                cancellationToken).ConfigureAwait(false);
        }
        var charity = Account.Charity("restosducoeur");
        if (await directory.RegisterAsync(new Party(charity.Id, "restosducoeur", "Restos du Cœur"), cancellationToken).ConfigureAwait(false))
        {
            await wallet.Store.OpenAccountAsync(charity, cancellationToken).ConfigureAwait(false);
        }
        var shop = Account.Merchant("demoshop", wallet.Policy.MerchantFeePlans.Min());
        if (await directory.RegisterAsync(new Party(shop.Id, "demoshop", "Demo Shop"), cancellationToken).ConfigureAwait(false))
        {
            await wallet.Store.OpenAccountAsync(shop, cancellationToken).ConfigureAwait(false);
        }
        LogLoaded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data ready (Development only): @alice and @bob with 100 EUR each, charity @restosducoeur, merchant @demoshop")]
    private partial void LogLoaded();
}
