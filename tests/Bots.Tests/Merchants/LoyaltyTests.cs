using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>Loyalty points on capture (once per order) and the referral reward (once, on the first captured order).</summary>
public sealed class LoyaltyTests
{
    private static readonly AccountId Alice = AccountId.Person("alice");
    private static readonly AccountId Bob = AccountId.Person("bob");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accepting_gives_points_per_whole_euro_once_per_order()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"pointsPerEuro":2}"""));
        var order = await shop.PlaceOrderAsync("DS-PTS001", unitMinor: 12_75, quantity: 1);

        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS001", "accepted"));
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS001", "accepted"));
        var stored = await shop.Orders.GetAsync(order.Number, Ct);
        var again = await shop.OrderDesk.RewardAsync(stored!, Ct);

        Assert.Equal(12 * 2, await shop.Orders.GetPointsAsync("testshop", Alice, Ct));
        Assert.Equal(0, again);
        Assert.EndsWith("Thank you! You earned 24 loyalty points.", Assert.Single(await shop.OutboxAsync("alice")).Text, StringComparison.Ordinal);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_refund_takes_back_the_points_the_order_earned_once()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"pointsPerEuro":2}"""));
        await shop.PlaceOrderAsync("DS-PTS003", unitMinor: 12_75, quantity: 1);
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS003", "accepted"));

        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS003", "cancelled"));
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS003", "cancelled"));

        Assert.Equal(0, await shop.Orders.GetPointsAsync("testshop", Alice, Ct));
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Two_status_changes_at_once_leave_the_money_and_the_status_agreeing()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-RACE01", unitMinor: 10_00, quantity: 1);
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-RACE01", "accepted"));

        await Task.WhenAll(shop.ChangeStatusAsync("DS-RACE01", "cancelled"), shop.ChangeStatusAsync("DS-RACE01", "shipped"));

        var order = await shop.Orders.GetAsync("DS-RACE01", Ct);
        var refunded = (await shop.Wallet.Store.GetHistoryAsync(Alice, 0, 20, Ct)).Any(h => h.Kind == MovementKind.Refund);
        Assert.Equal(order!.Status == OrderStatus.Cancelled, refunded);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_placed_order_earns_nothing_until_its_money_is_taken()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"pointsPerEuro":1}"""));
        var order = await shop.PlaceOrderAsync("DS-PTS002");

        var earned = await shop.OrderDesk.RewardAsync(order, Ct);
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-PTS002", "cancelled"));

        Assert.Equal(0, earned);
        Assert.Equal(0, await shop.Orders.GetPointsAsync("testshop", Alice, Ct));
    }

    [Fact]
    public async Task A_referred_buyers_first_captured_order_rewards_both_once_and_tells_the_referrer()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"pointsPerEuro":1,"referralRewardPoints":500}"""));
        Assert.True(await shop.Orders.SetReferrerAsync(Alice, Bob, Ct));
        var start = DateTimeOffset.UtcNow;
        await shop.PlaceOrderAsync("DS-REF101", at: start);
        await shop.PlaceOrderAsync("DS-REF102", unitMinor: 5_00, quantity: 1, at: start.AddMinutes(5));

        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF101", "accepted"));
        var first = await shop.Orders.GetAsync("DS-REF101", Ct);
        var retried = await shop.OrderDesk.RewardAsync(first!, Ct);
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF102", "accepted"));

        Assert.Equal(0, retried);
        Assert.Equal(24 + 500 + 5, await shop.Orders.GetPointsAsync("testshop", Alice, Ct));
        Assert.Equal(500, await shop.Orders.GetPointsAsync("testshop", Bob, Ct));
        var bobs = Assert.Single(await shop.OutboxAsync("bob"));
        Assert.Equal("Thanks for recommending Test Shop! Alice (@alice) just made a first purchase there, so you both get 500 loyalty points. "
            + "Your points at Test Shop: 500.", bobs.Text);
        var alices = await shop.OutboxAsync("alice");
        Assert.EndsWith("You earned 524 loyalty points.", alices[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("You earned 5 loyalty points.", alices[1].Text, StringComparison.Ordinal);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_referrer_who_said_stop_gets_the_points_but_no_message()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Put, "/storefront", """{"referralRewardPoints":100}"""));
        Assert.True(await shop.Orders.SetReferrerAsync(Alice, Bob, Ct));
        await shop.OptOutAsync("bob");
        await shop.PlaceOrderAsync("DS-REF201");

        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF201", "accepted"));

        Assert.Equal(100, await shop.Orders.GetPointsAsync("testshop", Bob, Ct));
        Assert.Equal(100, await shop.Orders.GetPointsAsync("testshop", Alice, Ct));
        Assert.Empty(await shop.OutboxAsync("bob"));
    }
}
