using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Hosting;

/// <summary>
/// What a newcomer needs to try the service at once, loaded in the Development environment only: the verified
/// people @alice and @bob with 100 EUR each (the web chat's "alice" and "bob"), the charity @restosducoeur and
/// the merchant @demoshop with its storefront (short code 81234, relay points and lockers in Paris and Lyon), three
/// products (the game GAME42/JEU42, the mug MUG, a T-shirt) and its FAQ in three languages. Every step is idempotent and
/// leaves what a merchant changed since alone, so restarts and several instances load it once.
/// </summary>
internal sealed partial class DemoData(IPartyDirectory directory, WalletService wallet, ICatalogStore catalog, ILogger<DemoData> logger)
    : IHostedService
{
    /// <summary>The demo merchant's API key: Development only, written in README.</summary>
    public const string MerchantKey = "mk_demo_local_only";

    public static Storefront Storefront { get; } = new(
        "demoshop",
        "81234",
        [
            new PickupPoint("R-BASTILLE", DeliveryMode.RelayPoint, "Tabac de la Bastille", "4 rue de la Roquette, 75011 Paris", "75011"),
            new PickupPoint("R-VOLTAIRE", DeliveryMode.RelayPoint, "Presse Voltaire", "120 boulevard Voltaire, 75011 Paris", "75011"),
            new PickupPoint("R-SENTIER", DeliveryMode.RelayPoint, "Librairie du Sentier", "20 rue du Sentier, 75002 Paris", "75002"),
            new PickupPoint("R-BELLECOUR", DeliveryMode.RelayPoint, "Relais Bellecour", "2 place Bellecour, 69002 Lyon", "69002"),
            new PickupPoint("L-NATION", DeliveryMode.Locker, "Consigne Nation", "1 place de la Nation, 75011 Paris", "75011"),
        ],
        "Demo Shop, 10 rue de Rivoli, 75004 Paris",
        PointsPerEuro: 1,
        ReferralRewardPoints: 50,
        ApiKeyHash: Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(MerchantKey))));

    public static IReadOnlyList<Product> Products { get; } =
    [
        new("demoshop", "game42",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = "Space Quest game", ["fr"] = "jeu Space Quest", ["ar"] = "لعبة سبيس كويست" },
            new Money(2_99, Currency.Eur), ProductKind.Digital, null, ["GAME42", "JEU42"], [],
            "https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX"),
        new("demoshop", "mug",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = "Blue mug", ["fr"] = "mug bleu", ["ar"] = "كوب أزرق" },
            new Money(12_00, Currency.Eur), ProductKind.Physical, 25, ["MUG"], [DeliveryMode.Home, DeliveryMode.RelayPoint], null),
        new("demoshop", "tshirt",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = "Conversational T-shirt", ["fr"] = "T-shirt Conversational", ["ar"] = "قميص كونفرسيشنال" },
            new Money(19_00, Currency.Eur), ProductKind.Physical, 3, ["TSHIRT"],
            [DeliveryMode.Home, DeliveryMode.Work, DeliveryMode.RelayPoint, DeliveryMode.ClickAndCollect, DeliveryMode.Locker], null),
    ];

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
        await LoadShopAsync(cancellationToken).ConfigureAwait(false);
        LogLoaded();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadShopAsync(CancellationToken cancellationToken)
    {
        if (await catalog.GetStorefrontAsync(Storefront.Merchant, cancellationToken).ConfigureAwait(false) is null)
        {
            await catalog.PutStorefrontAsync(Storefront, cancellationToken).ConfigureAwait(false);
        }
        foreach (var product in Products)
        {
            if (await catalog.GetProductAsync(product.Merchant, product.Sku, cancellationToken).ConfigureAwait(false) is null)
            {
                await catalog.PutProductAsync(product, cancellationToken).ConfigureAwait(false);
            }
        }
        if ((await catalog.ListFaqAsync(Storefront.Merchant, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            foreach (var entry in DemoFaq.Entries)
            {
                await catalog.PutFaqAsync(Storefront.Merchant, entry, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data ready (Development only): @alice and @bob with 100 EUR each, charity @restosducoeur, merchant @demoshop with its shop (short code 81234)")]
    private partial void LogLoaded();
}
