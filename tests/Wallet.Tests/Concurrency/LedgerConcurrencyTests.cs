using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Concurrency;

/// <summary>
/// Races on one store (reliability.md §5, scenarios 5 and 15): many requests released at the same moment from the
/// thread pool. Money never overdraws, an id moves money once, and a hold or pending transfer resolves once. Every
/// scenario ends with <see cref="LedgerInvariants"/>.
/// </summary>
public abstract class LedgerConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<ILedgerStore> CreateStoreAsync(WalletPolicy policy, TimeProvider time);

    private async Task<TestLedger> LedgerAsync(WalletPolicy? policy = null)
    {
        policy ??= WalletPolicy.Default;
        var time = new ManualTimeProvider();
        return new TestLedger(await CreateStoreAsync(policy, time), policy, time);
    }

    [Fact]
    public async Task A_thousand_sends_at_once_never_overdraw_and_those_accepted_add_up_to_what_was_available()
    {
        var ledger = await LedgerAsync(Policies.FundsOnly);
        var payer = await ledger.VerifiedPersonAsync("payer");
        var recipients = new List<AccountId>();
        for (var i = 0; i < 10; i++)
        {
            recipients.Add(await ledger.VerifiedPersonAsync($"r{i}"));
        }
        await ledger.FundAsync(payer, "600.00");
        using var done = new CancellationTokenSource();
        var lowest = WatchAvailableAsync(ledger, payer, done.Token);

        var results = await AllAtOnceAsync(1000, i => ledger.SendAsync(payer, recipients[i % 10], "1.00", $"send-{i}"));
        await done.CancelAsync();

        Assert.Equal(600, results.Count(r => r.IsCompleted && !r.Replayed));
        Assert.All(results.Where(r => !r.IsCompleted), r => Assert.Equal(RejectionReason.InsufficientFunds, r.Rejection?.Reason));
        Assert.Equal(new Balance(Currency.Eur, 0, 0, 0), await ledger.BalanceAsync(payer));
        var received = Money.Zero(Currency.Eur);
        foreach (var recipient in recipients)
        {
            received += await ledger.PostedAsync(recipient);
        }
        Assert.Equal(Eur("600.00"), received);
        Assert.True(await lowest >= 0, $"The payer's available balance was seen at {await lowest} minor units.");
        await LedgerInvariants.CheckAsync(ledger.Store, Ct);
    }

    [Fact]
    public async Task Sends_at_once_never_pass_the_daily_cap()
    {
        var ledger = await LedgerAsync();
        var payer = await ledger.VerifiedPersonAsync("payer");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(payer, "5000.00");

        var results = await AllAtOnceAsync(10, i => ledger.SendAsync(payer, restos, "300.00", $"give-{i}"));

        Assert.Equal(3, results.Count(r => r.IsCompleted));
        Assert.All(results.Where(r => !r.IsCompleted), r => Assert.Equal(RejectionReason.OverDailyCap, r.Rejection?.Reason));
        Assert.Equal(Eur("900.00"), await ledger.PostedAsync(restos));
        await LedgerInvariants.CheckAsync(ledger.Store, Ct);
    }

    [Fact]
    public async Task The_same_transfer_id_fired_a_hundred_times_at_once_moves_money_once()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var lea = await ledger.PersonAsync("lea");
        await ledger.FundAsync(alice, "100.00");

        var results = await AllAtOnceAsync(100, _ => ledger.SendAsync(alice, lea, "50.00", "telegram:bot:42:send"));

        var first = Assert.Single(results, r => r.IsCompleted && !r.Replayed);
        Assert.Equal(99, results.Count(r => r.IsCompleted && r.Replayed));
        Assert.All(results, r => Assert.Equal(first.Receipt, r.Receipt));
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(lea));
        var snapshot = await LedgerInvariants.CheckAsync(ledger.Store, Ct);
        Assert.Single(snapshot.Journal, e => e.Id == "telegram:bot:42:send");
    }

    [Fact]
    public async Task Captures_and_voids_of_one_hold_at_once_resolve_it_exactly_once()
    {
        var ledger = await LedgerAsync(Policies.FundsOnly);
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop", 200);
        await ledger.FundAsync(alice, "2000.00");
        var (captured, voided) = (0, 0);

        for (var round = 0; round < 20; round++)
        {
            var hold = new TransferId($"hold-{round}");
            (await ledger.HoldAsync(alice, shop, "50.00", hold)).ShouldComplete();

            var results = await AllAtOnceAsync(10, i => i % 2 == 0
                ? ledger.ExecuteAsync(new HoldCapture($"capture-{round}-{i}", hold))
                : ledger.ExecuteAsync(new HoldVoid($"void-{round}-{i}", hold)));

            var winner = Assert.Single(results, r => r.IsCompleted);
            var loserReason = winner.Receipt?.Kind == MovementKind.HoldCapture
                ? RejectionReason.HoldAlreadyCaptured
                : RejectionReason.HoldAlreadyVoided;
            Assert.All(results.Where(r => !r.IsCompleted), r => Assert.Equal(loserReason, r.Rejection?.Reason));
            var state = (await ledger.Store.FindHoldAsync(hold, Ct))?.State;
            Assert.Equal(winner.Receipt?.Kind == MovementKind.HoldCapture ? HoldState.Captured : HoldState.Voided, state);
            (captured, voided) = state == HoldState.Captured ? (captured + 1, voided) : (captured, voided + 1);
        }

        Assert.Equal(Eur("2000.00") - Cents(captured * 50_00), await ledger.PostedAsync(alice));
        Assert.Equal(new Balance(Currency.Eur, captured * 49_00, 0, 0), await ledger.BalanceAsync(shop));
        await LedgerInvariants.CheckAsync(ledger.Store, Ct);
    }

    [Fact]
    public async Task Claims_of_one_waiting_pending_transfer_at_once_let_exactly_one_claimant_have_it()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var claimants = new List<AccountId>();
        for (var i = 0; i < 20; i++)
        {
            claimants.Add(await ledger.VerifiedPersonAsync($"lea{i}"));
        }
        await ledger.FundAsync(alice, "100.00");
        (await ledger.PendingSendAsync(alice, "@lea", "40.00", "pending-1")).ShouldComplete();

        var results = await AllAtOnceAsync(20, i => i % 4 == 3
            ? ledger.ExecuteAsync(new PendingReturn($"return-{i}", "pending-1"))
            : ledger.ExecuteAsync(new PendingClaim($"claim-{i}", "pending-1", claimants[i], "@lea")));

        var winner = Assert.Single(results, r => r.IsCompleted);
        Assert.Equal(MovementKind.PendingClaim, winner.Receipt?.Kind);
        Assert.All(results.Where(r => !r.IsCompleted), r => Assert.Contains(
            r.Rejection?.Reason, new RejectionReason?[] { RejectionReason.PendingAlreadyClaimed, RejectionReason.PendingNotDue }));
        Assert.Equal(Eur("40.00"), await ledger.PostedAsync(Assert.IsType<Receipt>(winner.Receipt).To));
        await LedgerInvariants.CheckAsync(ledger.Store, Ct);
    }

    [Fact]
    public async Task Claims_returns_and_two_return_jobs_racing_for_a_due_pending_transfer_give_it_back_exactly_once()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var lea = await ledger.VerifiedPersonAsync("lea");
        await ledger.FundAsync(alice, "100.00");
        var pending = new List<TransferId>();
        for (var i = 0; i < 10; i++)
        {
            pending.Add($"pending-{i}");
            (await ledger.PendingSendAsync(alice, "@lea", "5.00", pending[^1])).ShouldComplete();
        }
        ledger.Time.Advance(TimeSpan.FromDays(7));
        WalletService[] instances = [ledger.Service, new WalletService(ledger.Store, ledger.Policy, ledger.Time)];

        var results = (await AllAtOnceAsync(42, async i => i switch
        {
            < 2 => await instances[i].ReturnDuePendingAsync(cancellationToken: Ct),
            _ when i % 2 == 0 => [await ledger.ExecuteAsync(new PendingClaim($"claim-{i}", pending[i % 10], lea, "@lea"))],
            _ => [await ledger.ExecuteAsync(new PendingReturn($"manual-return-{i}", pending[i % 10]))],
        })).SelectMany(r => r).ToList();

        var returns = results.Where(r => r.IsCompleted && !r.Replayed).ToList();
        Assert.Equal(10, returns.Count);
        Assert.All(returns, r => Assert.Equal(MovementKind.PendingReturn, r.Receipt?.Kind));
        Assert.All(results.Where(r => r.Id.Value.StartsWith("claim-", StringComparison.Ordinal)), r => Assert.Contains(
            r.Rejection?.Reason, new RejectionReason?[] { RejectionReason.PendingExpired, RejectionReason.PendingAlreadyReturned }));
        Assert.Equal(Eur("100.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(lea));
        foreach (var id in pending)
        {
            Assert.Equal(PendingState.Returned, (await ledger.Store.FindPendingAsync(id, Ct))?.State);
        }
        await LedgerInvariants.CheckAsync(ledger.Store, Ct);
    }

    /// <summary>Starts <paramref name="count"/> calls on the thread pool, releases them together, and waits for all.</summary>
    private static async Task<T[]> AllAtOnceAsync<T>(int count, Func<int, Task<T>> call)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await call(i);
        }, Ct)).ToList();
        gate.SetResult();
        return await Task.WhenAll(calls);
    }

    /// <summary>Reads the account's available balance over and over until cancelled; gives the lowest seen.</summary>
    private static Task<long> WatchAvailableAsync(TestLedger ledger, AccountId account, CancellationToken stop) => Task.Run(async () =>
    {
        var lowest = long.MaxValue;
        while (!stop.IsCancellationRequested)
        {
            lowest = Math.Min(lowest, (await ledger.BalanceAsync(account)).Available.Minor);
            await Task.Yield();
        }
        return lowest;
    }, Ct);
}
