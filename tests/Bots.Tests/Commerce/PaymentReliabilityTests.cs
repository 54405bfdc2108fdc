using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Support;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>What must hold when a purchase's payment is refused, unanswered, or answered by an old button.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class PaymentReliabilityTests(RedisStoreFixture redis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_payment_whose_outcome_is_unknown_then_cancelled_sets_nothing_aside_and_gives_the_stock_back(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailAfterCommit = true });
        await ReachReviewAsync(chat, "alice", "buy 3 mugs");

        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);
        var paid = await chat.PressAsync("alice", "Pay");
        Assert.StartsWith("Your payment for order", paid[0].Text, StringComparison.Ordinal);
        Assert.Equal(36_00, await HeldAsync(chat, "alice"));

        var cancelled = await chat.SayAsync("alice", "cancel");

        Assert.Equal("Purchase cancelled: nothing was paid.", cancelled[0].Text);
        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Equal(25, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "mug", Ct))!.Stock);
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_refused_payment_can_be_paid_once_there_is_money(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("dave", "hello");
        await ReachReviewAsync(chat, "dave", "buy 1 mug");

        var refused = await chat.PressAsync("dave", "Pay");
        Assert.StartsWith("You don't have enough money", refused[0].Text, StringComparison.Ordinal);
        Assert.Equal(25, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "mug", Ct))!.Stock);

        await chat.SayAsync("alice", "#send 20EUR @dave");
        await chat.SayAsync("alice", "yes");
        var paid = await chat.SayAsync("dave", "yes");

        Assert.StartsWith("Order DE-", paid[0].Text, StringComparison.Ordinal);
        Assert.Equal(12_00, await HeldAsync(chat, "dave"));
        Assert.Equal(24, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "mug", Ct))!.Stock);
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task An_old_pay_button_never_pays_a_review_it_was_not_shown_with(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        var review = await ReachReviewAsync(chat, "alice", "buy 1 mug");
        var oldPay = review.SelectMany(r => r.Choices).Single(c => c.Label == "Pay").Value;
        await chat.PressAsync("alice", "Change quantity");
        await chat.SayAsync("alice", "3");

        var pressed = await chat.PressValueAsync("alice", oldPay);

        Assert.StartsWith("3 × Blue mug: €36.00", pressed[0].Text, StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Empty(await chat.Services.Commerce.Orders.ListByMerchantAsync("demoshop", null, 10, Ct));
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_keyword_purchase_whose_outcome_stays_unknown_is_given_back_when_its_cart_expires(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailAfterCommit = true });
        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);

        var replies = await chat.SayAsync("alice", "GAME42");
        Assert.StartsWith("Your payment for order", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(2_99, await HeldAsync(chat, "alice"));

        chat.Time.Advance(TimeSpan.FromHours(25));
        await chat.RunCartTimersAsync();

        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Equal(100_00, await chat.BalanceAsync("alice"));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.Redis, false)]
    [InlineData(StoreKind.Redis, true)]
    public async Task A_digital_purchase_whose_capture_is_unanswered_is_captured_and_delivered_once_by_the_settler(StoreKind store, bool captureCommitted)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner)
        {
            FailAfterCommit = captureCommitted,
            FailOnly = m => m is HoldCapture,
        });
        var merchantBefore = await chat.BalanceAsync("demoshop");
        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);

        var bought = await chat.SayAsync("alice", "GAME42");

        var number = Assert.Single(await chat.Services.Commerce.Orders.ListByMerchantAsync("demoshop", null, 10, Ct)).Number;
        Assert.Equal($"Your payment for order {number} is being checked. I'll send your Space Quest game here as soon as it goes through: "
            + "you will never be charged twice.", Assert.Single(bought).Text);
        Assert.Equal((OrderStatus.Placed, false), await OrderStateAsync(chat, number));
        Assert.Equal(["alice"], await UnsettledHandlesAsync(chat));

        await SettleAsync(chat);

        var delivered = Assert.Single(await chat.OutboxAsync("alice"));
        Assert.Equal($"Thank you! Order {number}: here is your Space Quest game: https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX\n"
            + "You paid €2.99 from your balance.\n+2 loyalty points at Demo Shop (2 in all).", delivered.Text);
        Assert.Equal((OrderStatus.Delivered, true), await OrderStateAsync(chat, number));
        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Equal(97_01, await chat.BalanceAsync("alice"));
        Assert.Equal(1, await CapturesOfAsync(chat, "demoshop"));
        var merchantPaid = await chat.BalanceAsync("demoshop") - merchantBefore;
        Assert.InRange(merchantPaid, 2_90, 2_99);
        Assert.Empty(await UnsettledHandlesAsync(chat));
        await chat.CheckInvariantsAsync();

        await chat.Engine.SettleAsync(AccountId.Person("alice"), Ct);
        await SettleAsync(chat);

        Assert.Empty(await chat.OutboxAsync("alice"));
        Assert.Equal(97_01, await chat.BalanceAsync("alice"));
        Assert.Equal(merchantBefore + merchantPaid, await chat.BalanceAsync("demoshop"));
        Assert.Equal(1, await CapturesOfAsync(chat, "demoshop"));
        Assert.Equal(2, await chat.Services.Commerce.Orders.GetPointsAsync("demoshop", AccountId.Person("alice"), Ct));
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.Redis, false)]
    [InlineData(StoreKind.Redis, true)]
    public async Task A_digital_purchase_whose_capture_is_refused_is_cancelled_with_its_hold_and_stock_given_back(StoreKind store, bool holdVoidedMeanwhile)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailOnly = m => m is HoldCapture });
        var game = await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "game42", Ct);
        await chat.Services.Commerce.Catalog.PutProductAsync(game! with { Stock = 10 }, Ct);
        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);
        await chat.SayAsync("alice", "GAME42");
        var order = Assert.Single(await chat.Services.Commerce.Orders.ListByMerchantAsync("demoshop", null, 10, Ct));
        Assert.Equal(9, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "game42", Ct))!.Stock);
        Assert.Equal(2_99, await HeldAsync(chat, "alice"));
        if (holdVoidedMeanwhile)
        {
            await chat.Services.Wallet.ExecuteAsync(new HoldVoid(new TransferId("operator:void"), order.PaymentId), Ct);
        }
        else
        {
            ledger.Refuse = m => m is HoldCapture ? new Rejection(RejectionReason.UnknownAccount) : null;
        }

        await SettleAsync(chat);

        Assert.Equal($"Sorry, order {order.Number} (Space Quest game) did not go through: nothing was taken from your balance, "
            + "and the €2.99 set aside for it is available again.", Assert.Single(await chat.OutboxAsync("alice")).Text);
        Assert.Equal((OrderStatus.Cancelled, false), await OrderStateAsync(chat, order.Number));
        Assert.Equal(HoldState.Voided, (await chat.Ledger.FindHoldAsync(order.PaymentId, Ct))!.State);
        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Equal(100_00, await chat.BalanceAsync("alice"));
        Assert.Equal(10, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "game42", Ct))!.Stock);
        Assert.Equal(0, await CapturesOfAsync(chat, "demoshop"));
        Assert.Empty(await UnsettledHandlesAsync(chat));
        await chat.CheckInvariantsAsync();

        ledger.Refuse = null;
        await chat.Engine.SettleAsync(AccountId.Person("alice"), Ct);

        Assert.Empty(await chat.OutboxAsync("alice"));
        Assert.Equal((OrderStatus.Cancelled, false), await OrderStateAsync(chat, order.Number));
        Assert.Equal(10, (await chat.Services.Commerce.Catalog.GetProductAsync("demoshop", "game42", Ct))!.Stock);
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_settled_digital_purchase_is_not_sent_to_a_chat_that_said_stop(StoreKind store)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner) { FailOnly = m => m is HoldCapture });
        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);
        await chat.SayAsync("alice", "GAME42");
        var number = Assert.Single(await chat.Services.Commerce.Orders.ListByMerchantAsync("demoshop", null, 10, Ct)).Number;
        ledger.FailNext(WalletPolicy.Default.StoreAttempts);
        await chat.SayAsync("alice", "STOP");

        await SettleAsync(chat);

        Assert.Empty(await chat.OutboxAsync("alice"));
        Assert.Equal((OrderStatus.Delivered, true), await OrderStateAsync(chat, number));
        Assert.Equal(97_01, await chat.BalanceAsync("alice"));
        Assert.Empty(await UnsettledHandlesAsync(chat));
        // What was paid for is there when asked for.
        var shown = await chat.SayAsync("alice", "#orders " + number);
        Assert.StartsWith("Your purchase: ", shown[^1].Text, StringComparison.Ordinal);
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory, false)]
    [InlineData(StoreKind.InMemory, true)]
    [InlineData(StoreKind.Redis, false)]
    [InlineData(StoreKind.Redis, true)]
    public async Task A_merchant_cancelling_a_digital_order_whose_capture_is_unsettled_never_takes_or_loses_the_money(StoreKind store, bool captureCommitted)
    {
        FlakyLedgerStore? ledger = null;
        var chat = await ChatHarness.StartAsync(store, redis, wrapLedger: inner => ledger = new FlakyLedgerStore(inner)
        {
            FailAfterCommit = captureCommitted,
            FailOnly = m => m is HoldCapture,
        });
        ledger!.FailNext(WalletPolicy.Default.StoreAttempts);
        await chat.SayAsync("alice", "GAME42");
        var number = Assert.Single(await chat.Services.Commerce.Orders.ListByMerchantAsync("demoshop", null, 10, Ct)).Number;
        Assert.Equal(["alice"], await UnsettledHandlesAsync(chat));

        var cancel = await chat.MoveLatestOrderAsync("demoshop", "cancelled");
        await SettleAsync(chat);

        if (captureCommitted)
        {
            // The money reached the merchant before the cancel: the cancel is refused, and the settler delivers.
            Assert.Contains("HoldAlreadyCaptured", cancel, StringComparison.Ordinal);
            Assert.StartsWith($"Thank you! Order {number}: here is your Space Quest game", Assert.Single(await chat.OutboxAsync("alice")).Text,
                StringComparison.Ordinal);
            Assert.Equal((OrderStatus.Delivered, true), await OrderStateAsync(chat, number));
            Assert.Equal(97_01, await chat.BalanceAsync("alice"));
            Assert.Equal(1, await CapturesOfAsync(chat, "demoshop"));
        }
        else
        {
            Assert.Null(cancel);
            Assert.StartsWith($"Demo Shop cancelled your order {number}.", Assert.Single(await chat.OutboxAsync("alice")).Text, StringComparison.Ordinal);
            Assert.Equal((OrderStatus.Cancelled, false), await OrderStateAsync(chat, number));
            Assert.Equal(100_00, await chat.BalanceAsync("alice"));
            Assert.Equal(0, await CapturesOfAsync(chat, "demoshop"));
        }
        Assert.Equal(0, await HeldAsync(chat, "alice"));
        Assert.Empty(await UnsettledHandlesAsync(chat));
        await chat.CheckInvariantsAsync();
    }

    /// <summary>One pass of the host's settler (UnsettledTransferService): every person in the unsettled set.</summary>
    private static async Task SettleAsync(ChatHarness chat)
    {
        foreach (var person in await chat.Services.Store.ListUnsettledAsync(100, Ct))
        {
            await chat.Engine.SettleAsync(AccountId.Parse(person), Ct);
        }
    }

    private static async Task<List<string>> UnsettledHandlesAsync(ChatHarness chat)
    {
        var handles = new List<string>();
        foreach (var person in await chat.Services.Store.ListUnsettledAsync(10, Ct))
        {
            handles.Add((await chat.Services.Directory.FindByAccountAsync(AccountId.Parse(person), Ct))!.Handle!);
        }
        return handles;
    }

    private static async Task<(OrderStatus Status, bool Captured)> OrderStateAsync(ChatHarness chat, string number)
    {
        var order = await chat.Services.Commerce.Orders.GetAsync(number, Ct);
        return (order!.Status, order.Captured);
    }

    /// <summary>How many hold captures reached a handle's account.</summary>
    private static async Task<int> CapturesOfAsync(ChatHarness chat, string handle)
    {
        var party = await chat.Services.Directory.FindByHandleAsync(handle, Ct);
        return (await chat.Ledger.GetHistoryAsync(party!.Account, 0, 100, Ct)).Count(l => l.Kind == MovementKind.HoldCapture);
    }

    private static async Task<IReadOnlyList<OutboundReply>> ReachReviewAsync(ChatHarness chat, string who, string buy)
    {
        await chat.SayAsync(who, buy);
        await chat.PressAsync(who, "Relay point");
        await chat.SayAsync(who, "75011");
        return await chat.SayAsync(who, "1");
    }

    private static async Task<long> HeldAsync(ChatHarness chat, string who)
    {
        var person = await chat.Services.Directory.FindByIdentityAsync(new ChannelIdentity("web", who), Ct);
        var balances = await chat.Ledger.GetBalancesAsync(person!.Account, Ct);
        return balances.FirstOrDefault(b => b.Currency == Currency.Eur).Held;
    }
}
