using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The catalog store contract on <see cref="RedisCatalogStore"/>, under a key prefix of its own on the shared
/// redis-server, plus the key layout.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisCatalogStoreContractTests(RedisStoreFixture redis) : CatalogStoreContractTests
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("catalog");

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override ICatalogStore Create() => new RedisCatalogStore(redis.Connection, _prefix);

    [Fact]
    public async Task A_product_and_its_stock_take_write_the_documented_keys()
    {
        var store = Create();
        await store.PutStorefrontAsync(Storefront("shop", "38123"), Ct);
        await store.PutProductAsync(Product("shop", "G42", 5, "game42"), Ct);
        await store.TakeStockAsync("shop", "G42", 2, "DS-000001", Ct);

        var tag = $"{{{_prefix}}}:";
        var product = await Db.HashGetAllAsync(tag + "product:shop:G42");
        Assert.Equal(["json", "keywords", "stock"], product.Select(f => (string)f.Name!).Order());
        Assert.Equal("3", (string?)product.Single(f => f.Name == "stock").Value);
        Assert.Equal("[\"GAME42\"]", (string?)product.Single(f => f.Name == "keywords").Value);
        Assert.DoesNotContain("Stock", (string?)product.Single(f => f.Name == "json").Value, StringComparison.Ordinal);
        Assert.Equal("G42", (string?)await Db.HashGetAsync(tag + "keywords:shop", "GAME42"));
        Assert.Equal(["G42"], (await Db.SetMembersAsync(tag + "products:shop")).Select(v => (string?)v));
        Assert.Equal("2", (string?)await Db.HashGetAsync(tag + "takes:shop:G42", "DS-000001"));
        Assert.Equal("shop", (string?)await Db.HashGetAsync(tag + "shortcodes", "38123"));
        Assert.True(await Db.HashExistsAsync(tag + "storefronts", "shop"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a}b")]
    [InlineData("a b")]
    public void A_key_prefix_that_would_break_the_hash_tag_is_refused(string prefix) =>
        Assert.Throws<ArgumentException>(() => new RedisCatalogStore(redis.Connection, prefix));
}
