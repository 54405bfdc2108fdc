using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Tests.Stores;
using StackExchange.Redis;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The order store contract on <see cref="RedisOrderStore"/>, under a key prefix of its own on the shared
/// redis-server, plus the key layout.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class RedisOrderStoreContractTests(RedisStoreFixture redis) : OrderStoreContractTests
{
    private readonly string _prefix = RedisStoreFixture.NewPrefix("orders");

    private IDatabase Db => redis.Connection.GetDatabase();

    protected override IOrderStore Create() => new RedisOrderStore(redis.Connection, _prefix);

    [Fact]
    public async Task An_order_writes_the_documented_keys()
    {
        var store = Create();
        var order = Order("DS-000001", Alice);
        await store.CreateAsync(order, Ct);
        await store.UpdateAsync(Moved(order, OrderStatus.Accepted, true), OrderStatus.Placed, false, Ct);
        await store.AddPointsAsync("shop", Alice, "DS-000001", 25, Ct);

        var tag = $"{{{_prefix}}}:";
        var stored = await Db.HashGetAllAsync(tag + "order:DS-000001");
        var fields = stored.Where(f => f.Name != "json").Select(f => ((string)f.Name!, (string)f.Value!)).Order();
        Assert.Equal([("captured", "1"), ("status", "Accepted")], fields);
        var placed = Monday.ToUnixTimeMilliseconds();
        Assert.Equal(placed, await Db.SortedSetScoreAsync(tag + "buyer-orders:person:alice", "DS-000001"));
        Assert.Equal(placed, await Db.SortedSetScoreAsync(tag + "merchant-orders:shop", "DS-000001"));
        Assert.Equal(placed, await Db.SortedSetScoreAsync(tag + "status-orders:Accepted:shop", "DS-000001"));
        Assert.Equal(0, await Db.SortedSetLengthAsync(tag + "status-orders:Placed:shop"));
        Assert.Equal("25", (string?)await Db.HashGetAsync(tag + "points:shop:person:alice", "balance"));
        Assert.True(await Db.HashExistsAsync(tag + "points:shop:person:alice", "r:DS-000001"));
    }

    [Fact]
    public async Task A_referral_code_writes_both_directions()
    {
        var store = Create();

        var code = await store.GetOrCreateReferralCodeAsync(Bob, Ct);
        await store.SetReferrerAsync(Alice, Bob, Ct);

        var tag = $"{{{_prefix}}}:";
        Assert.Equal(code, (string?)await Db.StringGetAsync(tag + "referral-code:person:bob"));
        Assert.Equal("person:bob", (string?)await Db.StringGetAsync(tag + "referral:" + code));
        Assert.Equal("person:bob", (string?)await Db.StringGetAsync(tag + "referrer:person:alice"));
    }
}
