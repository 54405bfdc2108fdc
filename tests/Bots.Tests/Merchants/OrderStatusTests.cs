using System.Net;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Orders;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Merchants;

/// <summary>
/// Orders through the merchant API: each status change moves the money that goes with it (checked in the ledger, whose
/// invariants are audited after each scenario), exactly once, and tells the buyer in their language.
/// </summary>
public sealed class OrderStatusTests
{
    private static readonly AccountId Alice = AccountId.Person("alice");
    private static readonly AccountId TestShop = AccountId.Merchant("testshop");

    [Fact]
    public async Task Accepting_captures_the_hold_and_tells_the_buyer()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-ACC001");

        var accepted = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-ACC001", "accepted", "Ships tomorrow"));

        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.True(accepted.GetProperty("captured").GetBoolean());
        Assert.Equal("Ships tomorrow", accepted.GetProperty("events")[1].GetProperty("note").GetString());
        var alice = await shop.BalanceAsync(Alice);
        Assert.Equal((100_00 - 24_00, 0), (alice.Posted, alice.Held));
        Assert.Equal(24_00 - 24, (await shop.BalanceAsync(TestShop)).Posted);   // the 1 % fee comes out of what the shop receives
        var notice = Assert.Single(await shop.OutboxAsync("alice"));
        Assert.Equal("Test Shop accepted your order DS-ACC001: 2 × Blue mug, €24.00. Thank you!\nMessage from Test Shop: “Ships tomorrow”",
            notice.Text);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Accepting_twice_captures_once_and_tells_once()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-TWICE1");

        var first = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-TWICE1", "accepted"));
        var second = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-TWICE1", "accepted"));

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(100_00 - 24_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Equal(24_00 - 24, (await shop.BalanceAsync(TestShop)).Posted);
        Assert.Single(await shop.OutboxAsync("alice"));
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_hold_already_captured_elsewhere_is_accepted_without_moving_money_again()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var order = await shop.PlaceOrderAsync("DS-ELSE01");
        var captured = await shop.Wallet.ExecuteAsync(new HoldCapture("test:captured-elsewhere", order.PaymentId), TestContext.Current.CancellationToken);
        Assert.True(captured.IsCompleted, captured.ToString());

        var accepted = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-ELSE01", "accepted"));
        var cancelled = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("DS-ELSE01", "cancelled"));

        Assert.True(accepted.GetProperty("captured").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);   // cancelled after capture: refunded
        Assert.Equal(100_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Equal(0, (await shop.BalanceAsync(TestShop)).Posted);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Cancelling_a_placed_order_voids_the_hold_and_returns_the_stock()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PutProductAsync("MUG", MerchantHarness.MugBody.Replace("\"kind\"", "\"stock\":10,\"kind\"", StringComparison.Ordinal));
        await shop.PlaceOrderAsync("DS-CAN001", quantity: 3);
        var stockWhilePlaced = (await shop.Catalog.GetProductAsync("testshop", "MUG", TestContext.Current.CancellationToken))!.Stock;
        Assert.Equal(7, stockWhilePlaced);
        Assert.Equal(36_00, (await shop.BalanceAsync(Alice)).Held);

        var cancelled = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-CAN001", "cancelled"));

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.False(cancelled.GetProperty("captured").GetBoolean());
        var alice = await shop.BalanceAsync(Alice);
        Assert.Equal((100_00, 0), (alice.Posted, alice.Held));
        Assert.Equal(0, (await shop.BalanceAsync(TestShop)).Posted);
        Assert.Equal(10, (await shop.Catalog.GetProductAsync("testshop", "MUG", TestContext.Current.CancellationToken))!.Stock);
        var notice = Assert.Single(await shop.OutboxAsync("alice"));
        Assert.Equal("Test Shop cancelled your order DS-CAN001. The €36.00 set aside for it is available again in your balance.", notice.Text);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Cancelling_after_acceptance_refunds_the_full_total_and_returns_the_stock()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PutProductAsync("MUG", MerchantHarness.MugBody.Replace("\"kind\"", "\"stock\":5,\"kind\"", StringComparison.Ordinal));
        await shop.PlaceOrderAsync("DS-CAN002");
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-CAN002", "accepted"));
        await shop.OutboxAsync("alice");

        var cancelled = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-CAN002", "cancelled"));

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(100_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Equal(0, (await shop.BalanceAsync(TestShop)).Posted);   // the fee is given back with the refund
        Assert.Equal(5, (await shop.Catalog.GetProductAsync("testshop", "MUG", TestContext.Current.CancellationToken))!.Stock);
        var notice = Assert.Single(await shop.OutboxAsync("alice"));
        Assert.Equal("Test Shop cancelled your order DS-CAN002 and refunded €24.00 to your balance.", notice.Text);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_delivered_order_is_refunded_once_and_never_above_what_was_paid()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-REF001");
        foreach (var status in new[] { "accepted", "shipped", "delivered" })
        {
            await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF001", status));
        }
        await shop.OutboxAsync("alice");

        var refunded = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF001", "refunded"));
        var again = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF001", "refunded"));
        var cancel = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("DS-REF001", "cancelled"));

        Assert.Equal("refunded", refunded.GetProperty("status").GetString());
        Assert.Equal(refunded.GetRawText(), again.GetRawText());
        Assert.Equal((HttpStatusCode.Conflict, "NotAllowed"), (cancel.Status, cancel.Reason));
        Assert.Equal(100_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Equal(0, (await shop.BalanceAsync(TestShop)).Posted);
        var notice = Assert.Single(await shop.OutboxAsync("alice"));
        Assert.Equal("Test Shop refunded your order DS-REF001: €24.00 goes back to your balance.", notice.Text);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_refund_that_would_exceed_what_is_left_of_the_payment_is_refused_and_moves_nothing()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var order = await shop.PlaceOrderAsync("DS-REF002");
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-REF002", "accepted"));
        // Part of it was already given back by other means.
        var partial = await shop.Wallet.ExecuteAsync(new Refund("test:partial", order.PaymentId, new Money(5_00, Currency.Eur)),
            TestContext.Current.CancellationToken);
        Assert.True(partial.IsCompleted, partial.ToString());
        await shop.OutboxAsync("alice");

        var refused = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("DS-REF002", "cancelled"));
        var stored = await shop.Orders.GetAsync("DS-REF002", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "RefundExceedsPayment"), (refused.Status, refused.Reason));
        Assert.Equal(OrderStatus.Accepted, stored!.Status);
        Assert.Equal(100_00 - 24_00 + 5_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Empty(await shop.OutboxAsync("alice"));
        await shop.AssertLedgerHoldsAsync();
    }

    [Theory]
    [InlineData("shipped")]
    [InlineData("delivered")]
    [InlineData("refunded")]
    public async Task A_change_the_transitions_do_not_allow_is_a_conflict_that_moves_nothing(string status)
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-NOT001");

        var answer = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("DS-NOT001", status));

        Assert.Equal((HttpStatusCode.Conflict, "NotAllowed"), (answer.Status, answer.Reason));
        Assert.Contains("placed", answer.Error, StringComparison.Ordinal);
        Assert.Equal((100_00, 24_00), ((await shop.BalanceAsync(Alice)).Posted, (await shop.BalanceAsync(Alice)).Held));
        Assert.Empty(await shop.OutboxAsync("alice"));
    }

    [Fact]
    public async Task Another_merchants_order_and_an_unknown_number_are_not_found_and_bad_statuses_are_400()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var otherKey = await shop.RegisterMerchantAsync("othershop", "Other Shop");
        await shop.PlaceOrderAsync("OS-000001", merchant: "othershop");

        using var read = await shop.ShopAsync(HttpMethod.Get, "/orders/OS-000001");
        var change = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("OS-000001", "accepted"));
        using var unknown = await shop.ShopAsync(HttpMethod.Get, "/orders/DS-NOPE00");
        var badStatus = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("OS-000001", "teleported"));
        using var own = await shop.SendAsync(HttpMethod.Get, "/api/merchants/othershop/orders/OS-000001", key: otherKey);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.Status);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(24_00, (await shop.BalanceAsync(Alice)).Held);
    }

    [Fact]
    public async Task The_list_gives_the_merchants_orders_newest_first_filtered_by_status()
    {
        await using var shop = await MerchantHarness.StartAsync();
        var start = DateTimeOffset.UtcNow;
        await shop.PlaceOrderAsync("DS-LST001", at: start);
        await shop.PlaceOrderAsync("DS-LST002", at: start.AddMinutes(1));
        await shop.PlaceOrderAsync("DS-LST003", buyer: "bob", at: start.AddMinutes(2));
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-LST002", "accepted"));

        var all = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/orders"));
        var placed = await MerchantHarness.JsonAsync(await shop.ShopAsync(HttpMethod.Get, "/orders?status=placed"));
        var bad = await MerchantHarness.ErrorAsync(await shop.ShopAsync(HttpMethod.Get, "/orders?status=lost"));

        Assert.Equal(["DS-LST003", "DS-LST002", "DS-LST001"], Numbers(all));
        Assert.Equal(["DS-LST003", "DS-LST001"], Numbers(placed));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        var first = all.GetProperty("orders")[0];
        Assert.Equal("person:bob", first.GetProperty("buyer").GetString());
        Assert.Equal(2400, first.GetProperty("total").GetProperty("minor").GetInt64());
        Assert.Equal("home", first.GetProperty("delivery").GetProperty("mode").GetString());
        Assert.Equal("wallet", first.GetProperty("payment").GetString());

        static IEnumerable<string?> Numbers(System.Text.Json.JsonElement list) =>
            list.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Every_status_is_told_in_the_buyers_language()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-FR0001", language: "fr", delivery: new Delivery(DeliveryMode.RelayPoint, "Tabac de la Gare, 1 place de la Gare", "gare"));
        await shop.PlaceOrderAsync("DS-AR0001", buyer: "bob", language: "ar");

        foreach (var status in new[] { "accepted", "readyForPickup", "delivered" })
        {
            await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-FR0001", status));
        }
        foreach (var status in new[] { "accepted", "shipped" })
        {
            await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-AR0001", status));
        }

        Assert.Equal(
        [
            "Test Shop a accepté votre commande DS-FR0001\u00A0: 2 × Blue mug, 24,00\u00A0€. Merci\u00A0!",
            "Votre commande DS-FR0001 chez Test Shop vous attend\u00A0: Tabac de la Gare, 1 place de la Gare.",
            "Votre commande DS-FR0001 chez Test Shop a été livrée. Bonne journée\u00A0!",
        ], (await shop.OutboxAsync("alice")).Select(r => r.Text));
        Assert.Equal(
        [
            "قبِل Test Shop طلبك DS-AR0001: ٢ × Blue mug، بمبلغ ٢٤٫٠٠\u00A0€. شكرًا لك!",
            "طلبك DS-AR0001 من Test Shop في الطريق إليك: التوصيل إلى 12 rue de la Paix, Paris.",
        ], (await shop.OutboxAsync("bob")).Select(r => r.Text));
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_buyer_who_said_stop_is_told_nothing_but_the_money_still_moves()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-STOP01");
        await shop.OptOutAsync("alice");

        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-STOP01", "accepted"));
        await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-STOP01", "cancelled"));

        Assert.Empty(await shop.OutboxAsync("alice"));
        Assert.Equal(100_00, (await shop.BalanceAsync(Alice)).Posted);
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_buyer_whose_data_was_deleted_is_told_nothing()
    {
        await using var shop = await MerchantHarness.StartAsync();
        await shop.PlaceOrderAsync("DS-GONE01");
        await shop.Orders.ForgetBuyerAsync(Alice, TestContext.Current.CancellationToken);

        var accepted = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-GONE01", "accepted"));

        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Empty(await shop.OutboxAsync("alice"));
        await shop.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task When_the_ledger_does_not_answer_the_change_is_503_and_the_same_call_again_settles_it_once()
    {
        FlakyLedgerStore? ledger = null;
        await using var shop = await MerchantHarness.StartAsync(web => web.ConfigureTestServices(services =>
            services.AddSingleton<ILedgerStore>(sp => ledger = new FlakyLedgerStore(new InMemoryLedgerStore(
                sp.GetRequiredService<WalletPolicy>(), sp.GetRequiredService<TimeProvider>())) { FailAfterCommit = true })));
        await shop.PlaceOrderAsync("DS-UNK001");
        ledger!.FailNext(shop.Wallet.Policy.StoreAttempts);

        var unknown = await MerchantHarness.ErrorAsync(await shop.ChangeStatusAsync("DS-UNK001", "accepted"));
        var stillPlaced = await shop.Orders.GetAsync("DS-UNK001", TestContext.Current.CancellationToken);
        var retried = await MerchantHarness.JsonAsync(await shop.ChangeStatusAsync("DS-UNK001", "accepted"));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unknown"), (unknown.Status, unknown.Reason));
        Assert.Equal(OrderStatus.Placed, stillPlaced!.Status);
        Assert.Equal("accepted", retried.GetProperty("status").GetString());
        Assert.Equal(100_00 - 24_00, (await shop.BalanceAsync(Alice)).Posted);
        Assert.Equal(24_00 - 24, (await shop.BalanceAsync(TestShop)).Posted);
        Assert.Single(await shop.OutboxAsync("alice"));
        await shop.AssertLedgerHoldsAsync();
    }
}
