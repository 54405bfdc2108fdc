using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Stores;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>
/// The behaviour every <see cref="ICatalogStore"/> must have, run once per store by a subclass that says how to create
/// one. Each test uses one store, created empty (its own keys).
/// </summary>
public abstract class CatalogStoreContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract ICatalogStore Create();

    [Fact]
    public async Task A_storefront_round_trips_and_is_found_by_its_short_code()
    {
        var store = Create();
        var shop = Storefront("shop", "38123");

        Assert.True(await store.PutStorefrontAsync(shop, Ct));

        Same(shop, await store.GetStorefrontAsync("shop", Ct));
        Assert.Equal("shop", await store.FindMerchantByShortCodeAsync("38123", Ct));
        Assert.Null(await store.GetStorefrontAsync("other", Ct));
        Assert.Null(await store.FindMerchantByShortCodeAsync("99999", Ct));
    }

    [Fact]
    public async Task A_storefront_written_from_a_read_before_a_key_rotation_does_not_bring_the_old_key_back()
    {
        var store = Create();
        var oldKey = new string('a', 64);
        var newKey = new string('b', 64);
        Assert.True(await store.PutStorefrontAsync(Storefront("shop", "38123") with { ApiKeyHash = oldKey }, Ct));
        var readBefore = await store.GetStorefrontAsync("shop", Ct);
        Assert.Equal(oldKey, readBefore!.ApiKeyHash);

        Assert.True(await store.SetApiKeyHashAsync("shop", newKey, Ct));
        Assert.True(await store.PutStorefrontAsync(readBefore with { PointsPerEuro = 7 }, Ct));

        var after = await store.GetStorefrontAsync("shop", Ct);
        Assert.Equal(newKey, after!.ApiKeyHash);
        Assert.Equal(7, after.PointsPerEuro);
        Assert.False(await store.SetApiKeyHashAsync("nobody", newKey, Ct));
        Assert.Null(await store.GetStorefrontAsync("nobody", Ct));
    }

    [Fact]
    public async Task A_short_code_of_another_merchant_is_refused_and_nothing_is_written()
    {
        var store = Create();
        await store.PutStorefrontAsync(Storefront("shop", "38123"), Ct);
        var before = Storefront("games", "38500");
        await store.PutStorefrontAsync(before, Ct);

        Assert.False(await store.PutStorefrontAsync(Storefront("games", "38123") with { PointsPerEuro = 9 }, Ct));

        Same(before, await store.GetStorefrontAsync("games", Ct));
        Assert.Equal("shop", await store.FindMerchantByShortCodeAsync("38123", Ct));
        Assert.Equal("games", await store.FindMerchantByShortCodeAsync("38500", Ct));
    }

    [Fact]
    public async Task A_storefront_changing_its_short_code_frees_the_old_one()
    {
        var store = Create();
        await store.PutStorefrontAsync(Storefront("shop", "38123"), Ct);

        Assert.True(await store.PutStorefrontAsync(Storefront("shop", "38200"), Ct));
        Assert.True(await store.PutStorefrontAsync(Storefront("games", "38123"), Ct));

        Assert.Equal("shop", await store.FindMerchantByShortCodeAsync("38200", Ct));
        Assert.Equal("games", await store.FindMerchantByShortCodeAsync("38123", Ct));
        Assert.True(await store.PutStorefrontAsync(Storefront("shop"), Ct));
        Assert.Null(await store.FindMerchantByShortCodeAsync("38200", Ct));
    }

    [Fact]
    public async Task Merchants_with_a_storefront_are_listed_sorted()
    {
        var store = Create();
        foreach (var merchant in new[] { "zed", "shop", "alpha", "games" })
        {
            await store.PutStorefrontAsync(Storefront(merchant), Ct);
        }
        await store.PutProductAsync(Product("noshopfront", "A1"), Ct);

        Assert.Equal(["alpha", "games", "shop", "zed"], await store.ListMerchantsAsync(Ct));
    }

    [Fact]
    public async Task A_product_round_trips_with_its_stock_and_products_are_listed_by_sku()
    {
        var store = Create();
        var game = Product("shop", "GAME-42", 7, "GAME42", "JEU42");
        var digital = Product("shop", "EBOOK_1", null) with
        {
            Kind = ProductKind.Digital, DeliveryModes = [], DigitalContent = "https://x.test/e1",
        };
        var other = Product("games", "AAA", 1);

        Assert.True(await store.PutProductAsync(game, Ct));
        Assert.True(await store.PutProductAsync(digital, Ct));
        Assert.True(await store.PutProductAsync(other, Ct));

        Same(game, await store.GetProductAsync("shop", "GAME-42", Ct));
        Same(digital, await store.GetProductAsync("shop", "EBOOK_1", Ct));
        Assert.Null(await store.GetProductAsync("shop", "AAA", Ct));
        Assert.Equal(["EBOOK_1", "GAME-42"], (await store.ListProductsAsync("shop", Ct)).Select(p => p.Sku));
        Assert.Empty(await store.ListProductsAsync("nobody", Ct));
    }

    [Fact]
    public async Task Keywords_find_their_product_in_any_case()
    {
        var store = Create();
        var game = Product("shop", "G42", 3, "GAME42", "JEU42");
        await store.PutProductAsync(game, Ct);

        Same(game, await store.FindByKeywordAsync("shop", "game42", Ct));
        Same(game, await store.FindByKeywordAsync("shop", "JEU42", Ct));
        Assert.Null(await store.FindByKeywordAsync("shop", "GAME43", Ct));
        Assert.Null(await store.FindByKeywordAsync("games", "GAME42", Ct));
    }

    [Fact]
    public async Task A_keyword_of_another_product_of_the_merchant_is_refused_and_nothing_is_written()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 3, "GAME42"), Ct);
        var before = Product("shop", "G43", 3, "GAME43");
        await store.PutProductAsync(before, Ct);

        Assert.False(await store.PutProductAsync(Product("shop", "G43", 99, "GAME43", "game42", "NEW43"), Ct));
        Assert.False(await store.PutProductAsync(Product("shop", "G44", 1, "GAME42"), Ct));

        Same(before, await store.GetProductAsync("shop", "G43", Ct));
        Assert.Null(await store.GetProductAsync("shop", "G44", Ct));
        Assert.Null(await store.FindByKeywordAsync("shop", "NEW43", Ct));
        Assert.Equal("G42", (await store.FindByKeywordAsync("shop", "GAME42", Ct))?.Sku);
    }

    [Fact]
    public async Task The_same_keyword_at_another_merchant_is_allowed()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 3, "GAME42"), Ct);

        Assert.True(await store.PutProductAsync(Product("games", "X1", 3, "GAME42"), Ct));

        Assert.Equal("G42", (await store.FindByKeywordAsync("shop", "GAME42", Ct))?.Sku);
        Assert.Equal("X1", (await store.FindByKeywordAsync("games", "GAME42", Ct))?.Sku);
    }

    [Fact]
    public async Task Replacing_a_product_frees_the_keywords_it_no_longer_has()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 3, "GAME42", "JEU42"), Ct);

        Assert.True(await store.PutProductAsync(Product("shop", "G42", 3, "JEU42", "SPIEL42"), Ct));
        Assert.True(await store.PutProductAsync(Product("shop", "OTHER", 3, "GAME42"), Ct));

        Assert.Equal("OTHER", (await store.FindByKeywordAsync("shop", "GAME42", Ct))?.Sku);
        Assert.Equal("G42", (await store.FindByKeywordAsync("shop", "spiel42", Ct))?.Sku);
    }

    [Fact]
    public async Task Deleting_a_product_removes_it_and_its_keywords_once()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 3, "GAME42"), Ct);

        Assert.True(await store.DeleteProductAsync("shop", "G42", Ct));
        Assert.False(await store.DeleteProductAsync("shop", "G42", Ct));

        Assert.Null(await store.GetProductAsync("shop", "G42", Ct));
        Assert.Null(await store.FindByKeywordAsync("shop", "GAME42", Ct));
        Assert.Empty(await store.ListProductsAsync("shop", Ct));
        Assert.True(await store.PutProductAsync(Product("shop", "G43", 3, "GAME42"), Ct));
    }

    [Fact]
    public async Task Stock_is_taken_once_per_order_under_twenty_concurrent_calls()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 10), Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(
            () => store.TakeStockAsync("shop", "G42", 3, "DS-AAAAAA", Ct), Ct)));

        Assert.All(outcomes, o => Assert.True(o.Taken));
        Assert.Equal(7, (await store.GetProductAsync("shop", "G42", Ct))?.Stock);
    }

    [Fact]
    public async Task Twenty_orders_at_once_never_take_more_than_the_stock()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 5), Ct);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => store.TakeStockAsync("shop", "G42", 1, $"DS-{i:D6}", Ct), Ct)));

        Assert.Equal(5, outcomes.Count(o => o.Taken));
        Assert.All(outcomes.Where(o => !o.Taken), o => Assert.Equal(0, o.Left));
        Assert.Equal(0, (await store.GetProductAsync("shop", "G42", Ct))?.Stock);
    }

    [Fact]
    public async Task Taking_more_than_is_left_is_refused_with_what_is_left_and_takes_nothing()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 4), Ct);
        Assert.Equal(new StockOutcome(true, 1), await store.TakeStockAsync("shop", "G42", 3, "DS-000001", Ct));

        Assert.Equal(new StockOutcome(false, 1), await store.TakeStockAsync("shop", "G42", 2, "DS-000002", Ct));

        Assert.Equal(1, (await store.GetProductAsync("shop", "G42", Ct))?.Stock);
        Assert.Equal(0, await store.ReturnStockAsync("shop", "G42", "DS-000002", Ct));
        Assert.Equal(new StockOutcome(true, 0), await store.TakeStockAsync("shop", "G42", 1, "DS-000002", Ct));
    }

    [Fact]
    public async Task An_order_whose_take_was_given_back_can_take_again()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", stock: 5), Ct);
        await store.TakeStockAsync("shop", "G42", 2, "DS-000001", Ct);
        await store.ReturnStockAsync("shop", "G42", "DS-000001", Ct);

        Assert.Equal(new StockOutcome(true, 3), await store.TakeStockAsync("shop", "G42", 2, "DS-000001", Ct));
        Assert.Equal(new StockOutcome(true, 3), await store.TakeStockAsync("shop", "G42", 2, "DS-000001", Ct));
        Assert.Equal(2, await store.ReturnStockAsync("shop", "G42", "DS-000001", Ct));
    }

    [Fact]
    public async Task Returned_stock_is_given_back_once()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 10), Ct);
        await store.TakeStockAsync("shop", "G42", 3, "DS-000001", Ct);

        var given = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(
            () => store.ReturnStockAsync("shop", "G42", "DS-000001", Ct), Ct)));

        Assert.Equal(3, given.Sum());
        Assert.Equal(10, (await store.GetProductAsync("shop", "G42", Ct))?.Stock);
        Assert.Equal(0, await store.ReturnStockAsync("shop", "G42", "DS-UNKNOWN", Ct));
    }

    [Fact]
    public async Task A_product_without_a_stock_count_is_always_available()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "E1", null), Ct);

        Assert.Equal(new StockOutcome(true, null), await store.TakeStockAsync("shop", "E1", 1000, "DS-000001", Ct));
        Assert.Equal(0, await store.ReturnStockAsync("shop", "E1", "DS-000001", Ct));

        Assert.Null((await store.GetProductAsync("shop", "E1", Ct))?.Stock);
    }

    [Fact]
    public async Task An_unknown_product_has_nothing_to_take()
    {
        var store = Create();

        Assert.Equal(new StockOutcome(false, 0), await store.TakeStockAsync("shop", "NOPE", 1, "DS-000001", Ct));
    }

    [Fact]
    public async Task Putting_a_product_again_sets_its_stock()
    {
        var store = Create();
        await store.PutProductAsync(Product("shop", "G42", 2), Ct);
        await store.TakeStockAsync("shop", "G42", 2, "DS-000001", Ct);

        await store.PutProductAsync(Product("shop", "G42", 50), Ct);

        Assert.Equal(new StockOutcome(true, 49), await store.TakeStockAsync("shop", "G42", 1, "DS-000002", Ct));
    }

    [Fact]
    public async Task Faq_entries_are_listed_by_language_then_id_and_replaced_or_deleted_by_both()
    {
        var store = Create();
        await store.PutFaqAsync("shop", Faq("fr", "hours"), Ct);
        await store.PutFaqAsync("shop", Faq("en", "returns"), Ct);
        await store.PutFaqAsync("shop", Faq("en", "hours"), Ct);
        await store.PutFaqAsync("games", Faq("en", "other"), Ct);
        await store.PutFaqAsync("shop", Faq("en", "hours") with { Answer = "Always." }, Ct);

        var entries = await store.ListFaqAsync("shop", Ct);

        Assert.Equal(["en/hours", "en/returns", "fr/hours"], entries.Select(e => e.Language + "/" + e.Id));
        Assert.Equal("Always.", entries[0].Answer);
        Assert.Equal(["When are you open?", "hours"], entries[2].Questions);
        Assert.True(await store.DeleteFaqAsync("shop", "en", "hours", Ct));
        Assert.False(await store.DeleteFaqAsync("shop", "en", "hours", Ct));
        Assert.Equal(["en/returns", "fr/hours"], (await store.ListFaqAsync("shop", Ct)).Select(e => e.Language + "/" + e.Id));
    }
}
