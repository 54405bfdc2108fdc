using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
using Conversational.Wallet;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>
/// The behaviour every <see cref="IOrderStore"/> must have, run once per store by a subclass that says how to create
/// one. Each test uses one store, created empty (its own keys).
/// </summary>
public abstract class OrderStoreContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store.</summary>
    protected abstract IOrderStore Create();

    [Fact]
    public async Task A_created_order_round_trips()
    {
        var store = Create();
        var order = Order("DS-4F7K2Q", Alice);

        Assert.True(await store.CreateAsync(order, Ct));

        Same(order, await store.GetAsync("DS-4F7K2Q", Ct));
        Assert.Null(await store.GetAsync("DS-000000", Ct));
    }

    [Fact]
    public async Task Creating_an_order_twice_keeps_the_first()
    {
        var store = Create();
        var first = Order("DS-4F7K2Q", Alice);

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => store.CreateAsync(first with { Quantity = i + 1 }, Ct), Ct)));

        Assert.Equal(1, created.Count(c => c));
        Assert.Single(await store.ListByBuyerAsync(Alice, 10, Ct));
        Assert.False(await store.CreateAsync(first with { Quantity = 99 }, Ct));
        Assert.InRange((await store.GetAsync("DS-4F7K2Q", Ct))!.Quantity, 1, 20);
    }

    [Fact]
    public async Task An_update_from_the_expected_status_replaces_the_order()
    {
        var store = Create();
        var order = Order("DS-4F7K2Q", Alice);
        await store.CreateAsync(order, Ct);
        var accepted = Moved(order, OrderStatus.Accepted, captured: true);

        Assert.True(await store.UpdateAsync(accepted, OrderStatus.Placed, false, Ct));

        Same(accepted, await store.GetAsync("DS-4F7K2Q", Ct));
    }

    [Fact]
    public async Task An_update_with_a_stale_status_or_capture_flag_is_refused_and_writes_nothing()
    {
        var store = Create();
        var order = Order("DS-4F7K2Q", Alice);
        await store.CreateAsync(order, Ct);
        var accepted = Moved(order, OrderStatus.Accepted, captured: true);
        await store.UpdateAsync(accepted, OrderStatus.Placed, false, Ct);

        Assert.False(await store.UpdateAsync(Moved(order, OrderStatus.Cancelled, false), OrderStatus.Placed, false, Ct));
        Assert.False(await store.UpdateAsync(Moved(accepted, OrderStatus.Shipped, true), OrderStatus.Accepted, false, Ct));
        Assert.False(await store.UpdateAsync(Order("DS-UNKNWN", Alice), OrderStatus.Placed, false, Ct));

        Same(accepted, await store.GetAsync("DS-4F7K2Q", Ct));
        Assert.Null(await store.GetAsync("DS-UNKNWN", Ct));
    }

    [Fact]
    public async Task Of_twenty_updates_at_once_from_one_status_one_wins()
    {
        var store = Create();
        var order = Order("DS-4F7K2Q", Alice);
        await store.CreateAsync(order, Ct);

        var moves = Enumerable.Range(0, 20)
            .Select(i => i % 2 == 0 ? Moved(order, OrderStatus.Accepted, true) : Moved(order, OrderStatus.Cancelled, false));

        var updated = await Task.WhenAll(moves.Select(move => Task.Run(
            () => store.UpdateAsync(move, OrderStatus.Placed, false, Ct), Ct)));

        Assert.Equal(1, updated.Count(u => u));
        var stored = await store.GetAsync("DS-4F7K2Q", Ct);
        Assert.Equal(2, stored?.Events.Count);
        Assert.Single(await store.ListByMerchantAsync("shop", stored!.Status, 10, Ct));
        Assert.Empty(await store.ListByMerchantAsync("shop", OrderStatus.Placed, 10, Ct));
    }

    [Fact]
    public async Task A_buyer_s_orders_are_listed_newest_first_up_to_the_maximum()
    {
        var store = Create();
        await store.CreateAsync(Order("DS-000001", Alice, placedAt: Monday), Ct);
        await store.CreateAsync(Order("DS-000003", Alice, placedAt: Monday.AddDays(2)), Ct);
        await store.CreateAsync(Order("DS-000002", Alice, "games", Monday.AddDays(1)), Ct);
        await store.CreateAsync(Order("DS-000004", Bob, placedAt: Monday.AddDays(3)), Ct);
        await store.CreateAsync(Order("DS-000005", Alice, placedAt: Monday.AddDays(2)), Ct);

        Assert.Equal(["DS-000005", "DS-000003", "DS-000002", "DS-000001"], (await store.ListByBuyerAsync(Alice, 10, Ct)).Select(o => o.Number));
        Assert.Equal(["DS-000005", "DS-000003"], (await store.ListByBuyerAsync(Alice, 2, Ct)).Select(o => o.Number));
        Assert.Empty(await store.ListByBuyerAsync(Alice, 0, Ct));
        Assert.Empty(await store.ListByBuyerAsync(AccountId.Person("nobody"), 10, Ct));
    }

    [Fact]
    public async Task A_merchant_s_orders_are_listed_newest_first_in_a_status_when_asked()
    {
        var store = Create();
        var first = Order("DS-000001", Alice, placedAt: Monday);
        await store.CreateAsync(first, Ct);
        await store.CreateAsync(Order("DS-000002", Bob, placedAt: Monday.AddDays(1)), Ct);
        await store.CreateAsync(Order("DS-000003", Bob, "games", Monday.AddDays(2)), Ct);
        await store.UpdateAsync(Moved(first, OrderStatus.Accepted, true), OrderStatus.Placed, false, Ct);

        Assert.Equal(["DS-000002", "DS-000001"], (await store.ListByMerchantAsync("shop", null, 10, Ct)).Select(o => o.Number));
        Assert.Equal(["DS-000002"], (await store.ListByMerchantAsync("shop", OrderStatus.Placed, 10, Ct)).Select(o => o.Number));
        Assert.Equal(["DS-000001"], (await store.ListByMerchantAsync("shop", OrderStatus.Accepted, 10, Ct)).Select(o => o.Number));
        Assert.Empty(await store.ListByMerchantAsync("shop", OrderStatus.Shipped, 10, Ct));
        Assert.Equal(["DS-000002"], (await store.ListByMerchantAsync("shop", null, 1, Ct)).Select(o => o.Number));
    }

    [Fact]
    public async Task Forgetting_a_buyer_removes_addresses_and_channels_from_their_orders_once()
    {
        var store = Create();
        var home = Order("DS-000001", Alice);
        var digital = Order("DS-000002", Alice, placedAt: Monday.AddDays(1)) with { Delivery = null, DigitalContent = "CODE-1" };
        var bobs = Order("DS-000003", Bob);
        foreach (var order in new[] { home, digital, bobs })
        {
            await store.CreateAsync(order, Ct);
        }

        Assert.Equal(2, await store.ForgetBuyerAsync(Alice, Ct));
        Assert.Equal(0, await store.ForgetBuyerAsync(Alice, Ct));

        var forgotten = await store.GetAsync("DS-000001", Ct);
        Assert.Equal("[deleted]", forgotten?.Delivery?.Address);
        Assert.Equal(new ChannelIdentity("deleted", "DS-000001"), forgotten?.Channel);
        Assert.Equal(home.Total, forgotten?.Total);
        Assert.Equal(home.Buyer, forgotten?.Buyer);
        var forgottenDigital = await store.GetAsync("DS-000002", Ct);
        Assert.Null(forgottenDigital?.Delivery);
        Assert.Equal(new ChannelIdentity("deleted", "DS-000002"), forgottenDigital?.Channel);
        Same(bobs, await store.GetAsync("DS-000003", Ct));
    }

    [Fact]
    public async Task An_update_of_a_forgotten_order_stays_without_the_personal_data()
    {
        var store = Create();
        var order = Order("DS-000001", Alice);
        await store.CreateAsync(order, Ct);
        await store.ForgetBuyerAsync(Alice, Ct);

        Assert.True(await store.UpdateAsync(Moved(order, OrderStatus.Accepted, true), OrderStatus.Placed, false, Ct));

        var stored = await store.GetAsync("DS-000001", Ct);
        Assert.Equal(OrderStatus.Accepted, stored?.Status);
        Assert.Equal("[deleted]", stored?.Delivery?.Address);
        Assert.Equal("deleted", stored?.Channel.Channel);
    }

    [Fact]
    public async Task Points_are_added_once_per_reason_and_kept_per_merchant()
    {
        var store = Create();

        Assert.Equal(25, await store.AddPointsAsync("shop", Alice, "DS-000001", 25, Ct));
        var again = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(
            () => store.AddPointsAsync("shop", Alice, "DS-000002", 10, Ct), Ct)));
        Assert.All(again, balance => Assert.Equal(35, balance));
        Assert.Equal(35, await store.AddPointsAsync("shop", Alice, "DS-000001", 25, Ct));
        Assert.Equal(5, await store.AddPointsAsync("games", Alice, "DS-000001", 5, Ct));

        Assert.Equal(35, await store.GetPointsAsync("shop", Alice, Ct));
        Assert.Equal(5, await store.GetPointsAsync("games", Alice, Ct));
        Assert.Equal(0, await store.GetPointsAsync("shop", Bob, Ct));
    }

    [Fact]
    public async Task A_referral_code_is_made_once_per_person_and_unique()
    {
        var store = Create();

        var alices = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(
            () => store.GetOrCreateReferralCodeAsync(Alice, Ct), Ct)));
        var others = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => store.GetOrCreateReferralCodeAsync(AccountId.Person($"p{i}"), Ct)));

        var code = Assert.Single(alices.Distinct());
        Assert.Matches("^R[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{5}$", code);
        Assert.Equal(code, await store.GetOrCreateReferralCodeAsync(Alice, Ct));
        Assert.Equal(51, others.Append(code).Distinct().Count());
        Assert.Equal(Alice, await store.FindReferrerAsync(code.ToLowerInvariant(), Ct));
        Assert.Equal(AccountId.Person("p7"), await store.FindReferrerAsync(others[7], Ct));
        Assert.Null(await store.FindReferrerAsync("RZZZZZ0", Ct));
    }

    [Fact]
    public async Task A_referrer_is_recorded_once()
    {
        var store = Create();

        Assert.Null(await store.GetReferrerAsync(Bob, Ct));
        Assert.True(await store.SetReferrerAsync(Bob, Alice, Ct));
        Assert.False(await store.SetReferrerAsync(Bob, AccountId.Person("carol"), Ct));

        Assert.Equal(Alice, await store.GetReferrerAsync(Bob, Ct));
    }
}
