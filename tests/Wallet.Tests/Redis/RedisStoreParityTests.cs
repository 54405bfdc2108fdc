using System.Globalization;
using Xunit.Sdk;

namespace Conversational.Wallet.Tests.Redis;

/// <summary>
/// Random movements and settings run on <see cref="InMemoryLedgerStore"/> and <see cref="RedisLedgerStore"/> side by
/// side, on one clock that moves by odd amounts (sub-millisecond, across days, months and claim periods): every
/// answer must be equal, and so must every balance, statement, hold, pending transfer, phone line and the journal.
/// </summary>
[Collection(RedisServerFixture.Collection)]
public sealed class RedisStoreParityTests(RedisServerFixture shared, ITestOutputHelper output)
{
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly string[] Phones = ["+33612345678", "+33698765432"];
    private static readonly string[] ClaimKeys = ["+33611111111", "@lea", "@bob"];
    private static readonly string[] Operators = ["orange", "sfr"];
    private static readonly string[] ShortCodes = ["81234", "71234", "51234", "41234", "91234"];

    private static readonly AccountId[] People = [.. Enumerable.Range(0, 6).Select(i => AccountId.Person("p" + i))];
    private static readonly AccountId[] Merchants = [AccountId.Merchant("m0"), AccountId.Merchant("m1"), AccountId.Merchant("m2")];
    private static readonly AccountId[] Charities = [AccountId.Charity("c0"), AccountId.Charity("c1")];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, 3000)]
    [InlineData(2, 3000)]
    [InlineData(3, 3000)]
    [InlineData(4, 3000)]
    public async Task Redis_store_answers_exactly_like_the_in_memory_store(int seed, int steps)
    {
        var policy = WalletPolicy.From(Options());
        var clock = new RedisTestClock(new DateTimeOffset(2030, 1, 30, 23, 50, 0, TimeSpan.Zero).AddTicks(seed * 7_777));
        var memory = new InMemoryLedgerStore(policy, clock);
        await using var redis = await shared.Server.ConnectAsync();
        var store = new RedisLedgerStore(redis, policy, clock, $"parity-{seed}-{Guid.NewGuid():N}");
        var run = new Run(new Random(seed), memory, store, clock);
        await run.SetUpAsync();

        for (var step = 0; step < steps; step++)
        {
            await run.StepAsync(step);
            if (step % 50 == 49 || step == steps - 1)
            {
                await run.CompareStateAsync(step);
            }
        }
        output.WriteLine($"seed {seed}: {run.Describe()}");
    }

    private static WalletOptions Options()
    {
        var options = WalletOptions.Defaults();
        options.Currencies["USD"] = new CurrencyLimitsOptions { DailyCap = "300.00", MonthlyCap = "600.00" };
        options.PendingClaimDays = 3;
        options.CarrierBilling.DefaultMonthlyCap = "10.00";
        return options;
    }

    private sealed class Run(Random random, InMemoryLedgerStore memory, RedisLedgerStore store, RedisTestClock clock)
    {
        private readonly List<Movement> _done = [];
        private readonly List<PendingSend> _pending = [];
        private readonly List<TransferId> _holds = [];
        private readonly List<TransferId> _payments = [];
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private int _ids;

        /// <summary>Most accounts open and funded; p5, m2 and c1 only open when a random step opens them.</summary>
        public async Task SetUpAsync()
        {
            Account[] accounts =
            [
                new(People[0], IdentityTier.Verified), new(People[1], IdentityTier.Verified), new(People[2]), new(People[3]), new(People[4]),
                Account.Merchant("m0", 100), Account.Merchant("m1", 200), Account.Charity("c0"),
            ];
            foreach (var account in accounts)
            {
                await BothAsync(-1, $"open {account}", s => s.OpenAccountAsync(account, Ct));
            }
            foreach (var person in People.Take(5))
            {
                // The verified ones get enough to reach their daily and monthly caps.
                var amount = person == People[0] || person == People[1] ? 400_000 : 10_000;
                await MoveAsync(-1, new Funding($"fund-eur-{person.Name}", person, new Money(amount, Eur)));
                await MoveAsync(-1, new Funding($"fund-usd-{person.Name}", person, new Money(amount, Usd)));
            }
        }

        public string Describe() => string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));

        public async Task StepAsync(int step)
        {
            var roll = random.Next(100);
            if (roll < 8)
            {
                clock.Advance(TimeSpan.FromTicks(random.NextInt64(TimeSpan.TicksPerDay * (random.Next(5) == 0 ? 5 : 1))));
                return;
            }
            if (roll < 14)
            {
                await SettingAsync(step);
                return;
            }
            if (roll < 18)
            {
                var due = await BothAsync(step, "due", s => s.ListDuePendingAsync(clock.GetUtcNow(), 2, Ct));
                foreach (var pending in due)
                {
                    await MoveAsync(step, new PendingReturn(WalletService.ReturnId(pending.Id), pending.Id));
                }
                return;
            }
            var movement = roll < 24 && _done.Count > 0 ? Again() : NextMovement();
            await MoveAsync(step, movement);
        }

        private async Task MoveAsync(int step, Movement movement)
        {
            var expected = await memory.ExecuteAsync(movement, Ct);
            var actual = await store.ExecuteAsync(movement, Ct);
            Same(step, movement.ToString(), expected, actual);
            var key = expected.IsCompleted ? movement.Kind.ToString() : expected.Rejection!.Reason.ToString();
            _outcomes[key] = _outcomes.GetValueOrDefault(key) + 1;
            _done.Add(movement);
            if (!expected.IsCompleted || expected.Replayed)
            {
                return;
            }
            switch (movement)
            {
                case PendingSend p:
                    _pending.Add(p);
                    break;
                case HoldAuthorize:
                    _holds.Add(movement.Id);
                    break;
                case HoldCapture c:
                    _payments.Add(c.HoldId);
                    break;
                case CarrierCharge or Transfer:
                    _payments.Add(movement.Id);
                    break;
            }
        }

        private Movement Again()
        {
            var earlier = _done[random.Next(_done.Count)];
            if (random.Next(3) > 0)
            {
                return earlier;
            }
            // Same id, other parameters.
            return new Funding(earlier.Id, People[0], new Money(1 + random.Next(100), Eur));
        }

        private Movement NextMovement()
        {
            var id = new TransferId($"t{++_ids}");
            return random.Next(12) switch
            {
                0 => new Funding(id, Pick(Anyone()), Amount(30_000)),
                1 or 2 or 3 => new Transfer(id, Pick(Payers()), Pick(Anyone()), Amount(30_000)),
                4 => new PendingSend(id, Pick(Payers()), Pick(ClaimKeys), Amount(20_000)),
                5 => Claim(id),
                6 => new PendingReturn(id, PickId([.. _pending.Select(p => p.Id)])),
                7 => new HoldAuthorize(id, Pick(Payers()), Pick(Merchants), Amount(30_000)),
                8 => new HoldCapture(id, PickId(_holds), random.Next(2) == 0 ? null : Amount(30_000)),
                9 => new HoldVoid(id, PickId(_holds)),
                10 => new Refund(id, PickId(_payments), Amount(random.Next(3) == 0 ? 10_000 : 1_000)),
                _ => new CarrierCharge(id, Pick(Payers()), Pick(Phones), Pick(Operators), Pick(ShortCodes),
                    Pick([.. Merchants, .. Charities]), new Money(1 + random.Next(random.Next(10) == 0 ? 500 : 450), Eur)),
            };
        }

        /// <summary>Mostly the right claim key, by the person it names when that is a handle of someone.</summary>
        private PendingClaim Claim(TransferId id)
        {
            if (_pending.Count == 0 || random.Next(4) == 0)
            {
                return new PendingClaim(id, PickId([.. _pending.Select(p => p.Id)]), Pick(Payers()), Pick(ClaimKeys));
            }
            var pending = Pick(_pending);
            return new PendingClaim(id, pending.Id, Pick(Payers()), random.Next(5) == 0 ? Pick(ClaimKeys) : pending.ClaimKey);
        }

        private async Task SettingAsync(int step)
        {
            switch (random.Next(5))
            {
                case 0:
                    var account = Pick<Account>([
                        new Account(Pick(People), random.Next(2) == 0 ? IdentityTier.Verified : IdentityTier.Unverified, 100),
                        Account.Merchant(Pick(Merchants).Name, Pick([100, 200, 300])),
                        new Account(Pick(Charities), IdentityTier.Unverified, 200),
                    ]);
                    await BothAsync(step, $"open {account}", s => s.OpenAccountAsync(account, Ct));
                    break;
                case 1:
                    var person = Pick([.. People, Merchants[0]]);
                    var tier = random.Next(3) == 0 ? IdentityTier.Unverified : IdentityTier.Verified;
                    await BothAsync(step, $"tier {person} {tier}", s => s.SetTierAsync(person, tier, Ct));
                    break;
                case 2:
                    var merchant = Pick([.. Merchants, People[0]]);
                    var plan = Pick([100, 200, 300]);
                    await BothAsync(step, $"fee {merchant} {plan}", s => s.SetFeePlanAsync(merchant, plan, Ct));
                    break;
                case 3:
                    var phone = Pick(Phones);
                    Money? cap = random.Next(3) == 0 ? null : new Money(random.Next(1_200), Eur);
                    bool? blocked = random.Next(3) == 0 ? null : random.Next(2) == 0;
                    await BothAsync(step, $"carrier {phone} {cap} {blocked}", s => s.SetCarrierPreferencesAsync(phone, cap, blocked, Ct));
                    break;
                default:
                    var claimKey = Pick(ClaimKeys);
                    await BothAsync(step, $"waiting {claimKey}", s => s.ListWaitingForAsync(claimKey, Ct));
                    break;
            }
        }

        public async Task CompareStateAsync(int step)
        {
            AccountId[] system = [AccountId.Fees, AccountId.Funding, AccountId.PendingClaims, .. Operators.Select(AccountId.Carrier)];
            foreach (var id in People.Concat(Merchants).Concat(Charities).Concat(system))
            {
                await BothAsync(step, $"account {id}", s => s.FindAccountAsync(id, Ct));
                await BothAsync(step, $"balances {id}", s => s.GetBalancesAsync(id, Ct));
                await BothAsync(step, $"history {id}", s => s.GetHistoryAsync(id, 0, 10_000, Ct));
                await BothAsync(step, $"history page {id}", s => s.GetHistoryAsync(id, 3, 2, Ct));
            }
            foreach (var id in _holds.Append("nothing"))
            {
                await BothAsync(step, $"hold {id}", s => s.FindHoldAsync(id, Ct));
            }
            foreach (var id in _pending.Select(p => p.Id).Append("nothing"))
            {
                await BothAsync(step, $"pending {id}", s => s.FindPendingAsync(id, Ct));
            }
            foreach (var key in ClaimKeys)
            {
                await BothAsync(step, $"waiting {key}", s => s.ListWaitingForAsync(key, Ct));
            }
            foreach (var phone in Phones)
            {
                await BothAsync(step, $"usage {phone}", s => s.GetCarrierUsageAsync(phone, Ct));
            }
            var now = clock.GetUtcNow();
            foreach (var max in new[] { 0, 1, 3, 1_000 })
            {
                await BothAsync(step, $"due {max}", s => s.ListDuePendingAsync(now, max, Ct));
            }
            await BothAsync(step, "snapshot balances", async s => (await s.SnapshotAsync(Ct)).Balances);
            await BothAsync(step, "snapshot journal", async s => (await s.SnapshotAsync(Ct)).Journal);
        }

        /// <summary>Runs a call on both stores; the answers, or the exceptions' types and messages, must be equal.</summary>
        private async Task<T> BothAsync<T>(int step, string what, Func<ILedgerStore, Task<T>> call)
        {
            var expected = await Capture(() => call(memory));
            var actual = await Capture(() => call(store));
            if (expected.Error is not null || actual.Error is not null)
            {
                Same(step, what, expected.Error?.GetType().Name + ": " + expected.Error?.Message, actual.Error?.GetType().Name + ": " + actual.Error?.Message);
                return default!;
            }
            if (!Equal(expected.Value, actual.Value))
            {
                throw new XunitException(
                    $"Step {step}, {what}:{Environment.NewLine}  in memory: {Canonical(expected.Value)}{Environment.NewLine}  in Redis:  {Canonical(actual.Value)}");
            }
            return expected.Value!;
        }

        private static async Task<(T? Value, Exception? Error)> Capture<T>(Func<Task<T>> call)
        {
            try
            {
                return (await call(), null);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return (default, e);
            }
        }

        private static void Same<T>(int step, string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new XunitException($"Step {step}, {what}:{Environment.NewLine}  in memory: {expected}{Environment.NewLine}  in Redis:  {actual}");
            }
        }

        /// <summary>Records by their own equality (exact to the tick); lists, dictionaries and journal entries by content.</summary>
        private static bool Equal(object? expected, object? actual) => (expected, actual) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (string a, string b) => a == b,
            (IReadOnlyDictionary<AccountId, IReadOnlyList<Balance>> a, IReadOnlyDictionary<AccountId, IReadOnlyList<Balance>> b) =>
                a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && e.Value.SequenceEqual(other)),
            (JournalEntry a, JournalEntry b) => a.Id == b.Id && a.Kind == b.Kind && a.Postings.SequenceEqual(b.Postings),
            (System.Collections.IEnumerable a, System.Collections.IEnumerable b) =>
                a.Cast<object?>().Count() == b.Cast<object?>().Count() && a.Cast<object?>().Zip(b.Cast<object?>()).All(p => Equal(p.First, p.Second)),
            _ => expected.Equals(actual),
        };

        /// <summary>Lists and dictionaries as text, for failure messages.</summary>
        private static string Canonical(object? value) => value switch
        {
            null => "null",
            string s => s,
            IReadOnlyDictionary<AccountId, IReadOnlyList<Balance>> d =>
                string.Join("; ", d.OrderBy(e => e.Key.Value, StringComparer.Ordinal).Select(e => $"{e.Key}={Canonical(e.Value)}")),
            JournalEntry j => $"{j.Id} {j.Kind} [{string.Join(", ", j.Postings)}]",
            System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Canonical)) + "]",
            Rejection r => $"{r} currencies {string.Join("/", r.Currencies ?? [])}",
            DateTimeOffset at => at.UtcTicks.ToString(CultureInfo.InvariantCulture),
            HistoryEntry h => $"{h} ticks {h.At.UtcTicks}",
            PendingTransfer p => $"{p} ticks {p.ExpiresAt.UtcTicks}",
            _ => value.ToString() ?? "",
        };

        private static void Same(int step, string what, MovementResult expected, MovementResult actual)
        {
            if (!expected.Equals(actual) || expected.Receipt?.At.UtcTicks != actual.Receipt?.At.UtcTicks)
            {
                throw new XunitException(
                    $"Step {step}, {what}:{Environment.NewLine}  in memory: {Details(expected)}{Environment.NewLine}  in Redis:  {Details(actual)}");
            }
        }

        private static string Details(MovementResult r) => $"{r} {r.Receipt} {r.Receipt?.Carrier} {r.Rejection}";

        private Money Amount(int max) => random.Next(40) switch
        {
            0 => new Money(0, Eur),
            1 => new Money(1 + random.Next(max), Currency.Of("GBP")),
            < 10 => new Money(1 + random.Next(max), Usd),
            _ => new Money(1 + random.Next(random.Next(4) == 0 ? max : max / 10), Eur),
        };

        private AccountId[] Payers() => random.Next(20) == 0 ? [AccountId.Person("ghost"), Merchants[0]] : People;

        private AccountId[] Anyone() => random.Next(20) == 0 ? [AccountId.Fees, AccountId.Person("ghost")] : [.. People, .. Merchants, .. Charities];

        private TransferId PickId(List<TransferId> ids) => ids.Count == 0 || random.Next(15) == 0 ? new TransferId("unknown") : ids[random.Next(ids.Count)];

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
