using StackExchange.Redis;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>Smoke tests of <see cref="RedisLedgerStore"/> on the shared server, each under its own key prefix.</summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisLedgerStoreTests(RedisServerFixture shared) : IAsyncLifetime
{
    private static readonly Currency Eur = Currency.Eur;
    private static readonly AccountId Alice = AccountId.Person("alice");
    private static readonly AccountId Bob = AccountId.Person("bob");
    private static readonly AccountId Shop = AccountId.Merchant("shop");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly RedisTestClock _clock = new(new DateTimeOffset(2030, 1, 15, 10, 0, 0, TimeSpan.Zero).AddTicks(1234));
    private ConnectionMultiplexer _redis = null!;
    private RedisLedgerStore _store = null!;
    private string _prefix = "";

    public async ValueTask InitializeAsync()
    {
        _redis = await shared.Server.ConnectAsync();
        _prefix = "smoke-" + Guid.NewGuid().ToString("N");
        _store = new RedisLedgerStore(_redis, WalletPolicy.Default, _clock, _prefix);
        await _store.OpenAccountAsync(new Account(Alice, IdentityTier.Verified), Ct);
        await _store.OpenAccountAsync(new Account(Bob, IdentityTier.Verified), Ct);
        await _store.OpenAccountAsync(Account.Merchant("shop", 200), Ct);
        Assert.True((await _store.ExecuteAsync(new Funding("fund-alice", Alice, new Money(100_000, Eur)), Ct)).IsCompleted);
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Transfer_moves_money_and_writes_receipt_history_and_journal()
    {
        var result = await _store.ExecuteAsync(new Transfer("t1", Alice, Bob, new Money(2_500, Eur)), Ct);

        Assert.Equal(MovementStatus.Completed, result.Status);
        Assert.Equal(new Receipt("t1", MovementKind.PersonToPerson, Alice, Bob, new Money(2_500, Eur), Money.Zero(Eur), _clock.GetUtcNow()), result.Receipt);
        Assert.Equal([new Balance(Eur, 97_500, 0, 0)], await _store.GetBalancesAsync(Alice, Ct));
        Assert.Equal([new Balance(Eur, 2_500, 0, 0)], await _store.GetBalancesAsync(Bob, Ct));
        var history = await _store.GetHistoryAsync(Alice, 0, 10, Ct);
        Assert.Equal(["t1", "fund-alice"], history.Select(h => h.Id.Value));
        Assert.Equal(new Money(-2_500, Eur), history[0].Amount);
        var snapshot = await _store.SnapshotAsync(Ct);
        Assert.Equal(["fund-alice", "t1"], snapshot.Journal.Select(j => j.Id.Value));
        Assert.Equal([new Posting(Alice, Eur, -2_500, 0, 0), new Posting(Bob, Eur, 2_500, 0, 0)], snapshot.Journal[1].Postings);
    }

    [Fact]
    public async Task Same_id_replays_and_other_parameters_conflict_without_being_stored()
    {
        var first = await _store.ExecuteAsync(new Transfer("t2", Alice, Bob, new Money(1_000, Eur)), Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var again = await _store.ExecuteAsync(new Transfer("t2", Alice, Bob, new Money(1_000, Eur)), Ct);
        var conflict = await _store.ExecuteAsync(new Transfer("t2", Alice, Bob, new Money(1_001, Eur)), Ct);

        Assert.True(again.Replayed);
        Assert.Equal(first.Receipt, again.Receipt);
        Assert.Equal(RejectionReason.IdConflict, conflict.Rejection?.Reason);
        Assert.False(conflict.Replayed);
        Assert.Equal([new Balance(Eur, 1_000, 0, 0)], await _store.GetBalancesAsync(Bob, Ct));
    }

    [Fact]
    public async Task Rejection_is_stored_with_its_numbers_and_validator_rejection_is_not()
    {
        var tooMuch = await _store.ExecuteAsync(new Transfer("t3", Bob, Alice, new Money(1, Eur)), Ct);
        var invalid = await _store.ExecuteAsync(new Transfer("t4", Alice, Bob, new Money(0, Eur)), Ct);
        var thenValid = await _store.ExecuteAsync(new Transfer("t4", Alice, Bob, new Money(10, Eur)), Ct);

        Assert.Equal(new Rejection(RejectionReason.InsufficientFunds) { Available = Money.Zero(Eur) }, tooMuch.Rejection);
        var replay = await _store.ExecuteAsync(new Transfer("t3", Bob, Alice, new Money(1, Eur)), Ct);
        Assert.True(replay.Replayed);
        Assert.Equal(tooMuch.Rejection, replay.Rejection);
        Assert.Equal(RejectionReason.InvalidAmount, invalid.Rejection?.Reason);
        Assert.True(thenValid.IsCompleted);
    }

    [Fact]
    public async Task Payment_to_merchant_takes_the_fee_and_a_captured_hold_can_be_refunded()
    {
        var paid = await _store.ExecuteAsync(new Transfer("pay", Alice, Shop, new Money(10_050, Eur)), Ct);
        var hold = await _store.ExecuteAsync(new HoldAuthorize("hold", Alice, Shop, new Money(5_000, Eur)), Ct);
        var capture = await _store.ExecuteAsync(new HoldCapture("capture", "hold", new Money(4_000, Eur)), Ct);
        var refund = await _store.ExecuteAsync(new Refund("refund", "hold", new Money(1_000, Eur)), Ct);

        Assert.Equal(new Money(201, Eur), paid.Receipt!.Fee);
        Assert.True(hold.IsCompleted);
        Assert.Equal(new Money(80, Eur), capture.Receipt!.Fee);
        Assert.Equal(new Money(20, Eur), refund.Receipt!.Fee);
        Assert.Equal(HoldState.Captured, (await _store.FindHoldAsync("hold", Ct))!.State);
        Assert.Equal([new Balance(Eur, 100_000 - 10_050 - 4_000 + 1_000, 0, 0)], await _store.GetBalancesAsync(Alice, Ct));
        Assert.Equal([new Balance(Eur, 10_050 - 201 + 4_000 - 80 - 980, 0, 0)], await _store.GetBalancesAsync(Shop, Ct));
        Assert.Equal([new Balance(Eur, 201 + 80 - 20, 0, 0)], await _store.GetBalancesAsync(AccountId.Fees, Ct));
    }

    [Fact]
    public async Task Pending_transfer_waits_then_returns_after_the_claim_period()
    {
        var sent = await _store.ExecuteAsync(new PendingSend("ps", Alice, "+33612345678", new Money(3_000, Eur)), Ct);
        var early = await _store.ExecuteAsync(new PendingReturn("return-early", "ps"), Ct);
        _clock.Advance(WalletPolicy.Default.PendingClaimPeriod);
        var due = await _store.ListDuePendingAsync(_clock.GetUtcNow(), 10, Ct);
        var returned = await new WalletService(_store, WalletPolicy.Default, _clock).ReturnDuePendingAsync(cancellationToken: Ct);

        Assert.Equal(_clock.GetUtcNow(), sent.Receipt!.ExpiresAt);
        Assert.Equal(new Rejection(RejectionReason.PendingNotDue) { At = sent.Receipt.ExpiresAt }, early.Rejection);
        Assert.Equal(["ps"], due.Select(p => p.Id.Value));
        Assert.True(Assert.Single(returned).IsCompleted);
        Assert.Empty(await _store.ListWaitingForAsync("+33612345678", Ct));
        Assert.Equal(PendingState.Returned, (await _store.FindPendingAsync("ps", Ct))!.State);
    }

    [Fact]
    public async Task Accounts_open_once_and_settings_need_an_existing_account()
    {
        var again = await _store.OpenAccountAsync(new Account(Alice, IdentityTier.Unverified, 100), Ct);
        var invalidMerchant = () => _store.OpenAccountAsync(Account.Merchant("new-shop", 999), Ct);
        var existingMerchant = await _store.OpenAccountAsync(Account.Merchant("shop", 999), Ct);

        Assert.Equal(new Account(Alice, IdentityTier.Verified), again);
        await Assert.ThrowsAsync<ArgumentException>(invalidMerchant);
        Assert.Equal(Account.Merchant("shop", 200), existingMerchant);
        Assert.Null(await _store.FindAccountAsync(AccountId.Merchant("new-shop"), Ct));
        Assert.Null(await _store.SetTierAsync(AccountId.Person("nobody"), IdentityTier.Verified, Ct));
        Assert.Equal(Account.Merchant("shop", 100), await _store.SetFeePlanAsync(Shop, 100, Ct));
        Assert.Equal(new Account(AccountId.Funding, IdentityTier.Verified), await _store.FindAccountAsync(AccountId.Funding, Ct));
        Assert.Null(await _store.FindAccountAsync(AccountId.Fees, Ct));
    }

    [Fact]
    public async Task Carrier_charge_counts_against_the_phone_cap()
    {
        await _store.SetCarrierPreferencesAsync("+33612345678", new Money(500, Eur), null, Ct);

        var first = await _store.ExecuteAsync(new CarrierCharge("sms1", Alice, "+33612345678", "orange", "81234", Shop, new Money(450, Eur)), Ct);
        var second = await _store.ExecuteAsync(new CarrierCharge("sms2", Alice, "+33612345678", "orange", "81234", Shop, new Money(450, Eur)), Ct);

        Assert.Equal(new CarrierUsage(new Money(450, Eur), new Money(500, Eur), true, false), first.Receipt!.Carrier);
        Assert.Equal(new Rejection(RejectionReason.OverCarrierMonthlyCap) { Limit = new Money(500, Eur), Used = new Money(450, Eur) }, second.Rejection);
        Assert.Equal(first.Receipt.Carrier, await _store.GetCarrierUsageAsync("+33612345678", Ct));
    }

    [Fact]
    public async Task Script_flush_does_not_break_the_next_movement()
    {
        Assert.True((await _store.ExecuteAsync(new Transfer("before-flush", Alice, Bob, new Money(100, Eur)), Ct)).IsCompleted);
        await using (var admin = await shared.Server.ConnectAsync(allowAdmin: true))
        {
            await admin.GetServer(shared.Server.Endpoint).ScriptFlushAsync();
        }

        var after = await _store.ExecuteAsync(new Transfer("after-flush", Alice, Bob, new Money(100, Eur)), Ct);

        Assert.True(after.IsCompleted);
        Assert.Equal([new Balance(Eur, 200, 0, 0)], await _store.GetBalancesAsync(Bob, Ct));
    }

    [Fact]
    public async Task Money_scripts_run_by_hash_once_loaded()
    {
        await using var admin = await shared.Server.ConnectAsync(allowAdmin: true);
        var server = admin.GetServer(shared.Server.Endpoint);
        await _store.ExecuteAsync(new Transfer("warm-up", Alice, Bob, new Money(1, Eur)), Ct);
        var before = await EvalCountsAsync(server);

        for (var i = 0; i < 20; i++)
        {
            await _store.ExecuteAsync(new Transfer($"by-hash-{i}", Alice, Bob, new Money(1, Eur)), Ct);
        }

        var after = await EvalCountsAsync(server);
        Assert.True(after.EvalSha - before.EvalSha >= 20, $"EVALSHA {before.EvalSha} -> {after.EvalSha}");
        Assert.True(after.Eval - before.Eval < 20, $"EVAL {before.Eval} -> {after.Eval}: the script text is sent every time");
    }

    [Fact]
    public void Not_now_errors_mean_unknown_and_others_do_not()
    {
        Assert.True(Unavailable("LOADING Redis is loading the dataset in memory"));
        Assert.True(Unavailable("BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE."));
        Assert.True(Unavailable("READONLY You can't write against a read only replica."));
        Assert.True(Unavailable("MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'."));
        Assert.True(Unavailable("TRYAGAIN Multiple keys request during rehashing of slot"));
        Assert.True(Unavailable("whatever the text", RedisErrorKind.Loading));
        Assert.True(RedisFailures.MeansUnavailable(new RedisTimeoutException(CommandFlags.None, "Timeout", CommandStatus.Sent)));
        Assert.True(RedisFailures.MeansUnavailable(
            new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "gone", null, CommandStatus.Sent)));
        Assert.False(Unavailable("ERR user_script:1: Script attempted to access nonexistent global variable"));
        Assert.False(Unavailable("WRONGTYPE Operation against a key holding the wrong kind of value"));
        Assert.False(Unavailable("BUSYKEY Target key name already exists."));
    }

    private static bool Unavailable(string message, RedisErrorKind kind = RedisErrorKind.Unknown) =>
        RedisFailures.MeansUnavailable(new RedisServerException(kind, CommandFlags.None, message));

    private static async Task<(long Eval, long EvalSha)> EvalCountsAsync(IServer server)
    {
        var info = await server.InfoAsync("commandstats");
        long Calls(string command) => info.SelectMany(g => g)
            .Where(p => p.Key == "cmdstat_" + command)
            .Select(p => long.Parse(p.Value.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        return (Calls("eval"), Calls("evalsha"));
    }
}
