using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Conversational.Wallet;
using Conversational.Wallet.Tests.Redis;
using StackExchange.Redis;

namespace Conversational.Benchmarks.Load;

/// <summary>
/// The Redis ledger under load: many concurrent callers sending person-to-person transfers through one
/// multiplexer to a redis-server with <c>appendfsync everysec</c> on loopback. The ceiling, measured in the same
/// run on the same server, is redis-benchmark running the smallest idempotent balance-checked transfer script
/// (reliability.md §6) with as many connections. Runs alternate ceiling and ledger so both see the same noise.
/// </summary>
internal static partial class WalletLoad
{
    private const string IdempotentTransferScript = """
        local prev = redis.call('GET', KEYS[3])
        if prev then return 'DUP:' .. prev end
        local amt = tonumber(ARGV[1])
        local bal = tonumber(redis.call('HGET', KEYS[1], 'bal') or '0')
        if bal < amt then redis.call('SET', KEYS[3], 'REJ', 'EX', 86400); return 'REJ' end
        redis.call('HINCRBY', KEYS[1], 'bal', -amt)
        redis.call('HINCRBY', KEYS[2], 'bal', amt)
        redis.call('SET', KEYS[3], 'OK', 'EX', 86400)
        return 'OK'
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var transfers = Option(args, "--transfers", 100_000);
        var callers = Option(args, "--callers", 64);
        var runs = Option(args, "--runs", 3);
        const int People = 1_000;

        await using var server = await RedisServer.StartAsync("everysec");
        using var redis = await server.ConnectAsync(allowAdmin: true);
        var sha = (byte[])(await redis.GetServer(server.Endpoint).ScriptLoadAsync(IdempotentTransferScript))!;
        await redis.GetDatabase().HashSetAsync("{b}:a", "bal", 1_000_000_000_000L);
        Console.WriteLine($"redis-server {server.Endpoint}, appendonly yes, appendfsync everysec; {transfers:N0} transfers, {callers} callers, {runs} runs");

        var ceilings = new List<double>();
        var ledger = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var admin = redis.GetServer(server.Endpoint);
            await admin.ConfigResetStatisticsAsync();
            var ceiling = RedisBenchmark(server.Port, callers, transfers, Convert.ToHexStringLower(sha));
            var ceilingCost = await ScriptMicrosecondsAsync(admin);
            ceilings.Add(ceiling);
            var ours = await LedgerRunAsync(redis, admin, $"load{run}", People, transfers, callers);
            var ourCost = await ScriptMicrosecondsAsync(admin);
            ledger.Add(ours);
            Console.WriteLine($"run {run}: ceiling {ceiling:N0}/s ({ceilingCost:F1} µs a script in the server), "
                + $"ledger {ours:N0}/s ({ourCost:F1} µs), ratio {ours / ceiling:P0}");
        }
        var (c, l) = (Median(ceilings), Median(ledger));
        Console.WriteLine($"median: ceiling {c:N0}/s, ledger {l:N0}/s, ratio {l / c:P0}");
        return 0;
    }

    /// <summary>The server's own time per script call since the last statistics reset (INFO commandstats).</summary>
    private static async Task<double> ScriptMicrosecondsAsync(IServer admin)
    {
        var stats = await admin.InfoRawAsync("commandstats");
        var match = EvalshaCost().Match(stats ?? "");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static async Task<double> LedgerRunAsync(
        ConnectionMultiplexer redis, IServer admin, string prefix, int people, int transfers, int callers)
    {
        var options = WalletOptions.Defaults();
        options.Currencies["EUR"].DailyCap = "10000000.00";
        options.Currencies["EUR"].MonthlyCap = "10000000.00";
        var store = new RedisLedgerStore(redis, WalletPolicy.From(options), keyPrefix: prefix);
        var accounts = Enumerable.Range(0, people).Select(i => AccountId.Person("p" + i)).ToArray();
        foreach (var account in accounts)
        {
            await store.OpenAccountAsync(new Account(account, IdentityTier.Verified));
            await store.ExecuteAsync(new Funding("fund:" + account.Name, account, new Money(1_000_000_00, Currency.Eur)));
        }
        var random = new Random(42);
        var work = Enumerable.Range(0, transfers).Select(i =>
        {
            var from = random.Next(people);
            var to = (from + 1 + random.Next(people - 1)) % people;
            return new Transfer($"tx:{i}", accounts[from], accounts[to], new Money(1 + random.Next(25_000), Currency.Eur));
        }).ToArray();

        await admin.ConfigResetStatisticsAsync();
        var next = -1;
        var completed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Length)
            {
                if ((await store.ExecuteAsync(work[i])).IsCompleted)
                {
                    Interlocked.Increment(ref completed);
                }
            }
        })));
        clock.Stop();
        if (completed != transfers)
        {
            throw new InvalidOperationException($"Only {completed} of {transfers} transfers completed: the load is not the one measured.");
        }
        return transfers / clock.Elapsed.TotalSeconds;
    }

    private static double RedisBenchmark(int port, int callers, int transfers, string sha)
    {
        var start = new ProcessStartInfo("redis-benchmark")
        {
            ArgumentList =
            {
                "-p", port.ToString(CultureInfo.InvariantCulture), "-c", callers.ToString(CultureInfo.InvariantCulture),
                "-n", transfers.ToString(CultureInfo.InvariantCulture), "-r", "100000000", "-q",
                "EVALSHA", sha, "3", "{b}:a", "{b}:b", "{b}:tx:__rand_int__", "1",
            },
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = RequestsPerSecond().Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("redis-benchmark printed no rate: " + output);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    [GeneratedRegex(@"cmdstat_evalsha:calls=\d+,usec=\d+,usec_per_call=([0-9.]+)")]
    private static partial Regex EvalshaCost();

    [GeneratedRegex(@"([0-9.]+) requests per second")]
    private static partial Regex RequestsPerSecond();
}
