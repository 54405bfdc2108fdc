using System.Globalization;
using Conversational.Bots.Channels.Telegram;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Bots.Hosting;
using Conversational.Wallet;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Benchmarks.Load;

/// <summary>
/// Seeds and checks the Redis behind the Telegram webhook load run (bench/telegram-load.sh), with the service's own
/// stores, so the service finds what it would after real use:
/// <list type="bullet">
/// <item><c>telegram-seed --redis HOST:PORT --users N --known R</c>: user k is Telegram user 1000000+k with handle
/// @user&lt;k&gt; (the wrk scripts' users), a verified person funded with 1,000,000.00 EUR, who has already sent money to
/// @user&lt;k+1&gt; … @user&lt;k+R&gt; (mod N), so a <c>/send 1EUR</c> to one of them moves money in one message as it does
/// for the peers.</item>
/// <item><c>telegram-check --redis HOST:PORT --users N</c>: the ledger audit (every currency sums to zero, no
/// negative balance) and the transfers between the users counted from the journal, printed as
/// <c>CHECK ok=1 transfers=T</c>.</item>
/// </list>
/// </summary>
internal static class TelegramLoad
{
    public const long FundingMinor = 1_000_000_00;
    private const int FirstUserId = 1_000_000;

    public static async Task<int> SeedAsync(string[] args)
    {
        var (redis, users) = (Text(args, "--redis"), Number(args, "--users", 10_000));
        var known = Number(args, "--known", 100);
        await using var app = Build(redis);
        var directory = app.Services.GetRequiredService<IPartyDirectory>();
        var wallet = app.Services.GetRequiredService<WalletService>();
        var store = app.Services.GetRequiredService<IConversationStore>();
        var accounts = new AccountId[users];
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (k, ct) =>
        {
            var identity = new ChannelIdentity(TelegramSender.Channel, (FirstUserId + k).ToString(CultureInfo.InvariantCulture));
            var person = await directory.GetOrCreatePersonAsync(identity, "user" + k, "User" + k, null, ct);
            accounts[k] = person.Account;
            await wallet.Store.OpenAccountAsync(new Account(person.Account), ct);
            await wallet.Store.SetTierAsync(person.Account, IdentityTier.Verified, ct);
            var funded = await wallet.ExecuteAsync(
                new Funding(new TransferId("bench-seed:user" + k), person.Account, new Money(FundingMinor, Currency.Eur)), ct);
            if (funded.Status != MovementStatus.Completed)
            {
                throw new InvalidOperationException($"Funding user{k}: {funded.Status}");
            }
        });
        await Parallel.ForAsync(0, users, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (k, ct) =>
        {
            var loaded = await store.LoadAsync(accounts[k].Value, ct);
            var data = loaded.Data;
            data.Language = "en";
            data.KnownRecipients = [.. Enumerable.Range(1, known).Select(d => accounts[(k + d) % users].Value)];
            if (!await store.SaveAsync(accounts[k].Value, data, loaded.Version, "bench-seed:user" + k, [], ct))
            {
                throw new InvalidOperationException($"Seeding the conversation of user{k} raced another writer.");
            }
        });
        Console.WriteLine($"SEEDED users={users} known={known}");
        return 0;
    }

    public static async Task<int> CheckAsync(string[] args)
    {
        var redis = Text(args, "--redis");
        await using var app = Build(redis);
        var wallet = app.Services.GetRequiredService<WalletService>();
        var audit = await LedgerAudit.CheckAsync(wallet.Store);
        var transfers = audit.Snapshot.Journal.Count(e => e.Kind == MovementKind.PersonToPerson);
        Console.WriteLine($"CHECK ok={(audit.Holds ? 1 : 0)} transfers={transfers} problems={string.Join("; ", audit.Problems.Take(5))}");
        return audit.Holds ? 0 : 1;
    }

    private static WebApplication Build(string redis) =>
        BotsHost.Build(["--environment", "Production", "--Logging:LogLevel:Default=Warning", $"--ConnectionStrings:Redis={redis}"]);

    private static string Text(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{name} is required.");

    private static int Number(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
