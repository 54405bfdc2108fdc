using System.Collections.Concurrent;
using System.Diagnostics;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>
/// The Redis ledger under crashes: redis-server (appendfsync always) killed with SIGKILL while many callers move
/// money, then restarted on the same data. Every call that got no answer is retried with the same id until it
/// answers; then nothing acknowledged may be lost, nothing applied twice, and the books must balance.
/// </summary>
public sealed class RedisDurabilityTests(ITestOutputHelper output)
{
    private const int People = 50;
    private const int Workers = 32;
    private const int Crashes = 3;
    private const long StartingBalance = 1_000_000;
    private static readonly Currency Eur = Currency.Eur;
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Limits out of the way: only the funds can refuse a transfer here.</summary>
    private static readonly WalletPolicy Policy = WalletPolicy.From(FundsOnly());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sigkill_in_the_middle_of_concurrent_transfers_loses_nothing_acknowledged_and_applies_nothing_twice()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Ct);
        await using var redis = await server.ConnectAsync();
        var store = new RedisLedgerStore(redis, Policy, keyPrefix: "durability");
        await OpenAndFundAsync(store);

        var answered = new ConcurrentQueue<(Transfer Transfer, MovementResult Result)>();
        var ambiguous = new ConcurrentQueue<(Transfer Transfer, LedgerUnavailableException Error)>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => WorkAsync(w, store, answered, ambiguous, stop.Token), Ct)).ToArray();

        var crashes = new List<string>();
        // A kill usually catches calls in flight; on a slow machine it may catch none, so it kills again (at most twice
        // as often) until at least one call's outcome was left unknown.
        for (var crash = 0; crash < Crashes || (ambiguous.IsEmpty && crash < 2 * Crashes); crash++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
            var before = answered.Count;
            server.Kill();
            var killedAt = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(0.7), Ct);
            await server.RestartAsync(Ct);
            crashes.Add($"killed at {killedAt.TotalSeconds:F1} s after {before} answers, restarted at {clock.Elapsed.TotalSeconds:F1} s");
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        // Settle every unknown outcome with the same id and the same parameters.
        var settled = new List<(Transfer Transfer, MovementResult Result)>();
        foreach (var (transfer, _) in ambiguous)
        {
            settled.Add((transfer, await UntilAnsweredAsync(store, transfer)));
        }
        var appliedBefore = settled.Count(s => s.Result.Replayed);
        var appliedByRetry = settled.Count(s => s.Result is { IsCompleted: true, Replayed: false });
        output.WriteLine($"{Workers} callers, {crashes.Count} SIGKILLs: {string.Join("; ", crashes)}.");
        output.WriteLine($"{answered.Count + ambiguous.Count} calls: {answered.Count} answered, {ambiguous.Count} ambiguous "
            + $"({string.Join(", ", ambiguous.GroupBy(a => a.Error.InnerException?.GetType().Name).Select(g => $"{g.Count()} {g.Key}"))}).");
        output.WriteLine($"Of the ambiguous calls, {appliedBefore} had in fact been applied (the retry replayed them: "
            + $"{settled.Count(s => s.Result is { Replayed: true, IsCompleted: true })} completed, "
            + $"{settled.Count(s => s.Result is { Replayed: true, IsCompleted: false })} rejected), {appliedByRetry} were applied by the retry, "
            + $"{settled.Count(s => s.Result is { Replayed: false, IsCompleted: false })} were refused by it.");

        Assert.NotEmpty(ambiguous);
        Assert.All(settled, s => Assert.NotEqual(MovementStatus.Unknown, s.Result.Status));
        var outcomes = answered.Concat(settled).ToList();
        var snapshot = await store.SnapshotAsync(Ct);
        AssertBooksBalance(snapshot);
        var journalIds = snapshot.Journal.Select(j => j.Id).ToHashSet();
        Assert.Equal(snapshot.Journal.Count, journalIds.Count);   // no id applied twice
        var completed = outcomes.Where(o => o.Result.IsCompleted).Select(o => o.Transfer.Id).ToHashSet();
        Assert.Equal(People + completed.Count, snapshot.Journal.Count);
        Assert.Subset(journalIds, completed);   // every acknowledged transfer survived the crash
        Assert.DoesNotContain(outcomes, o => !o.Result.IsCompleted && journalIds.Contains(o.Transfer.Id));
        await Parallel.ForEachAsync(outcomes, new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = Ct }, async (o, _) =>
        {
            var again = await store.ExecuteAsync(o.Transfer, Ct);
            Assert.True(again.Replayed, $"{o.Transfer.Id} was not recorded: {again}");
            Assert.Equal(o.Result.AsReplay(), again);
        });
    }

    [Fact]
    public async Task A_restart_empties_the_script_cache_and_the_next_movement_still_runs()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Ct);
        await using var redis = await server.ConnectAsync();
        var store = new RedisLedgerStore(redis, Policy, keyPrefix: "restart");
        await OpenAndFundAsync(store);
        Assert.True((await store.ExecuteAsync(new Transfer("before", Person(0), Person(1), new Money(100, Eur)), Ct)).IsCompleted);

        await server.RestartAsync(Ct);
        var after = await UntilAnsweredAsync(store, new Transfer("after", Person(0), Person(1), new Money(100, Eur)));

        Assert.Equal(MovementStatus.Completed, after.Status);
        Assert.False(after.Replayed);
        Assert.Equal([new Balance(Eur, StartingBalance + 200, 0, 0)], await store.GetBalancesAsync(Person(1), Ct));
    }

    [Fact]
    public async Task With_redis_down_the_outcome_is_unknown_and_the_same_id_completes_once_after_restart()
    {
        await using var server = await RedisServer.StartAsync(cancellationToken: Ct);
        await using var redis = await server.ConnectAsync();
        var store = new RedisLedgerStore(redis, Policy, keyPrefix: "outage");
        var service = new WalletService(store, Policy);
        await OpenAndFundAsync(store);
        var transfer = new Transfer("during-outage", Person(0), Person(1), new Money(700, Eur));

        server.Kill();
        var during = await service.ExecuteAsync(transfer, Ct);
        await server.RestartAsync(Ct);
        var after = await UntilAnsweredAsync(store, transfer, service);
        var again = await service.ExecuteAsync(transfer, Ct);

        Assert.Equal(MovementStatus.Unknown, during.Status);
        Assert.Null(during.Rejection);
        Assert.Equal(MovementStatus.Completed, after.Status);
        Assert.True(again.Replayed);
        Assert.Equal(after.Receipt, again.Receipt);
        var snapshot = await store.SnapshotAsync(Ct);
        Assert.Single(snapshot.Journal, j => j.Id == transfer.Id);
        Assert.Equal([new Balance(Eur, StartingBalance - 700, 0, 0)], await store.GetBalancesAsync(Person(0), Ct));
        Assert.Equal([new Balance(Eur, StartingBalance + 700, 0, 0)], await store.GetBalancesAsync(Person(1), Ct));
    }

    private static async Task WorkAsync(
        int worker, RedisLedgerStore store, ConcurrentQueue<(Transfer, MovementResult)> answered,
        ConcurrentQueue<(Transfer, LedgerUnavailableException)> ambiguous, CancellationToken stop)
    {
        var random = new Random(worker);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var from = random.Next(People);
            var to = (from + 1 + random.Next(People - 1)) % People;
            var transfer = new Transfer($"w{worker}-{n}", Person(from), Person(to), new Money(1 + random.Next(5_000), Eur));
            try
            {
                answered.Enqueue((transfer, await store.ExecuteAsync(transfer, CancellationToken.None)));
            }
            catch (LedgerUnavailableException e)
            {
                ambiguous.Enqueue((transfer, e));
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
            }
        }
    }

    /// <summary>Retries a movement with the same id until the store answers (Redis may still be loading).</summary>
    private static async Task<MovementResult> UntilAnsweredAsync(RedisLedgerStore store, Movement movement, WalletService? service = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var result = service is null ? await store.ExecuteAsync(movement, Ct) : await service.ExecuteAsync(movement, Ct);
                if (result.Status != MovementStatus.Unknown)
                {
                    return result;
                }
            }
            catch (LedgerUnavailableException) when (deadline.Elapsed < AnswerDeadline)
            {
            }
            Assert.True(deadline.Elapsed < AnswerDeadline, $"{movement.Id} got no answer for {AnswerDeadline}.");
            await Task.Delay(TimeSpan.FromMilliseconds(100), Ct);
        }
    }

    private static async Task OpenAndFundAsync(RedisLedgerStore store)
    {
        for (var i = 0; i < People; i++)
        {
            await store.OpenAccountAsync(new Account(Person(i), IdentityTier.Verified), Ct);
            Assert.True((await store.ExecuteAsync(new Funding($"fund-{i}", Person(i), new Money(StartingBalance, Eur)), Ct)).IsCompleted);
        }
    }

    /// <summary>Each currency sums to zero, no person is below zero, and replaying the journal gives every balance.</summary>
    private static void AssertBooksBalance(LedgerSnapshot snapshot)
    {
        var replayed = new Dictionary<(AccountId, Currency), (long Posted, long Held, long Incoming)>();
        foreach (var posting in snapshot.Journal.SelectMany(j => j.Postings))
        {
            var (posted, held, incoming) = replayed.GetValueOrDefault((posting.Account, posting.Currency));
            replayed[(posting.Account, posting.Currency)] = (posted + posting.Posted, held + posting.Held, incoming + posting.Incoming);
        }
        var balances = snapshot.Balances.SelectMany(a => a.Value.Select(b => (a.Key, b))).ToList();
        Assert.Equal(replayed.Count, balances.Count);
        Assert.All(balances, a => Assert.Equal(replayed[(a.Key, a.b.Currency)], (a.b.Posted, a.b.Held, a.b.Incoming)));
        Assert.All(balances.GroupBy(a => a.b.Currency), c => Assert.Equal(0, c.Sum(a => a.b.Posted)));
        Assert.All(balances.Where(a => a.Key.Kind != AccountKind.System), a => Assert.True(a.b.Posted - a.b.Held >= 0, $"{a.Key} is below zero"));
    }

    private static AccountId Person(int i) => AccountId.Person("p" + i);

    private static WalletOptions FundsOnly()
    {
        var options = WalletOptions.Defaults();
        var eur = options.Currencies["EUR"];
        eur.PersonToPersonMax = "900000.00";
        eur.DailyCap = "10000000.00";
        eur.MonthlyCap = "10000000.00";
        options.StoreAttempts = 1;
        return options;
    }
}
