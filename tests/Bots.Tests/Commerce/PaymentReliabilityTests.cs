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
