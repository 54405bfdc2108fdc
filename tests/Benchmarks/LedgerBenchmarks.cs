using BenchmarkDotNet.Attributes;
using Conversational.Wallet;

namespace Conversational.Benchmarks;

/// <summary>
/// The in-memory ledger on one thread: person-to-person transfers with new ids, each fully checked (limits,
/// caps, funds), posted, recorded for idempotency, written to both statements and the journal. The baseline is
/// the least a ledger can do: a dictionary of balances and a set of seen ids, with the funds check.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class LedgerBenchmarks
{
    private const int Transfers = 100_000;
    private const int People = 1_000;
    private static readonly Currency Eur = Currency.Eur;

    private Transfer[] _transfers = [];
    private InMemoryLedgerStore _store = null!;
    private Dictionary<string, long> _balances = [];
    private HashSet<string> _seen = [];

    [IterationSetup]
    public void FreshLedger()
    {
        var options = WalletOptions.Defaults();
        options.Currencies["EUR"].DailyCap = "10000000.00";
        options.Currencies["EUR"].MonthlyCap = "10000000.00";
        _store = new InMemoryLedgerStore(WalletPolicy.From(options));
        _balances = new Dictionary<string, long>(StringComparer.Ordinal);
        _seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < People; i++)
        {
            var person = AccountId.Person("p" + i);
            _store.OpenAccountAsync(new Account(person, IdentityTier.Verified)).GetAwaiter().GetResult();
            _store.Execute(new Funding("fund:" + i, person, new Money(1_000_000_00, Eur)));
            _balances[person.Value] = 1_000_000_00;
        }
        var random = new Random(42);
        _transfers = new Transfer[Transfers];
        for (var i = 0; i < Transfers; i++)
        {
            var from = random.Next(People);
            var to = (from + 1 + random.Next(People - 1)) % People;
            _transfers[i] = new Transfer("tx:" + i, AccountId.Person("p" + from), AccountId.Person("p" + to), new Money(1 + random.Next(25_000), Eur));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Transfers)]
    public long DictionaryOfBalances()
    {
        long moved = 0;
        foreach (var t in _transfers)
        {
            if (!_seen.Add(t.Id.Value))
            {
                continue;
            }
            var from = t.From.Value;
            var balance = _balances[from];
            if (balance >= t.Amount.Minor)
            {
                _balances[from] = balance - t.Amount.Minor;
                _balances[t.To.Value] += t.Amount.Minor;
                moved += t.Amount.Minor;
            }
        }
        return moved;
    }

    [Benchmark(OperationsPerInvoke = Transfers)]
    public long InMemoryLedger()
    {
        long moved = 0;
        foreach (var t in _transfers)
        {
            if (_store.Execute(t).IsCompleted)
            {
                moved += t.Amount.Minor;
            }
        }
        return moved;
    }
}
