using System.Runtime.InteropServices;

namespace Conversational.Wallet;

/// <summary>
/// What must hold of any ledger at any moment (reliability.md §5), read from <see cref="ILedgerStore.SnapshotAsync"/>
/// and the statements: for each currency the posted balances sum to zero and the held amounts to the incoming
/// ones; no person, charity or merchant is below zero; every journal entry balances and replaying the journal
/// from zero gives every balance exactly; transfer ids are unique in the journal; each statement sums to its
/// account's balance. The tests run it after every scenario; operators run it through the admin API.
/// </summary>
public static class LedgerAudit
{
    private const int HistoryPage = 500;

    /// <summary>Checks every invariant; gives back the snapshot it checked and every broken one, in words.</summary>
    public static async Task<LedgerAuditResult> CheckAsync(ILedgerStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var snapshot = await store.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        CheckBalances(snapshot, problems);
        CheckJournal(snapshot, problems);
        await CheckStatementsAsync(store, snapshot, problems, cancellationToken).ConfigureAwait(false);
        return new LedgerAuditResult(snapshot, problems);
    }

    private static void CheckBalances(LedgerSnapshot snapshot, List<string> problems)
    {
        var posted = new Dictionary<Currency, long>();
        var held = new Dictionary<Currency, long>();
        var incoming = new Dictionary<Currency, long>();
        foreach (var (account, balances) in snapshot.Balances)
        {
            if (balances.Select(b => b.Currency).Distinct().Count() != balances.Count)
            {
                problems.Add($"{account} lists a currency twice.");
            }
            foreach (var b in balances)
            {
                posted[b.Currency] = posted.GetValueOrDefault(b.Currency) + b.Posted;
                held[b.Currency] = held.GetValueOrDefault(b.Currency) + b.Held;
                incoming[b.Currency] = incoming.GetValueOrDefault(b.Currency) + b.Incoming;
                if (b.Held < 0 || b.Incoming < 0)
                {
                    problems.Add($"{account} has a negative held or incoming amount: {b}.");
                }
                if (account.Kind != AccountKind.System && (b.Posted < 0 || b.Available.Minor < 0))
                {
                    problems.Add($"{account} is below zero: posted {b.Total}, available {b.Available}.");
                }
            }
        }
        foreach (var (currency, sum) in posted.Where(p => p.Value != 0))
        {
            problems.Add($"The posted balances in {currency} sum to {new Money(sum, currency)}, not zero.");
        }
        foreach (var currency in held.Keys.Where(c => held[c] != incoming[c]))
        {
            problems.Add($"{currency}: held {held[currency]} but incoming {incoming[currency]} (minor units).");
        }
    }

    private static void CheckJournal(LedgerSnapshot snapshot, List<string> problems)
    {
        var replayed = new Dictionary<(AccountId, Currency), Amounts>();
        var ids = new HashSet<TransferId>();
        foreach (var entry in snapshot.Journal)
        {
            if (!ids.Add(entry.Id))
            {
                problems.Add($"Transfer id {entry.Id} appears twice in the journal.");
            }
            if (!Balances(entry))
            {
                problems.Add($"Journal entry {entry.Id} ({entry.Kind}) does not balance: {string.Join(", ", entry.Postings)}.");
            }
            foreach (var p in entry.Postings)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(replayed, (p.Account, p.Currency), out _);
                sum = new Amounts(sum.Posted + p.Posted, sum.Held + p.Held, sum.Incoming + p.Incoming);
            }
        }
        var listed = new Dictionary<(AccountId, Currency), Amounts>();
        foreach (var (account, balances) in snapshot.Balances)
        {
            foreach (var b in balances)
            {
                listed[(account, b.Currency)] = new Amounts(b.Posted, b.Held, b.Incoming);
            }
        }
        foreach (var key in listed.Keys.Union(replayed.Keys))
        {
            var (fromJournal, inBalances) = (replayed.GetValueOrDefault(key), listed.GetValueOrDefault(key));
            if (fromJournal != inBalances)
            {
                problems.Add($"{key.Item1} {key.Item2}: the journal replays to {fromJournal}, the balance is {inBalances}.");
            }
        }
    }

    /// <summary>Whether an entry's postings sum to zero, and move as much to held as to incoming, in each currency.</summary>
    private static bool Balances(JournalEntry entry)
    {
        var postings = entry.Postings;
        if (postings.Count == 0)
        {
            return true;
        }
        var currency = postings[0].Currency;
        long posted = 0, held = 0, incoming = 0;
        foreach (var p in postings)
        {
            if (p.Currency != currency)
            {
                return postings.GroupBy(q => q.Currency)
                    .All(g => g.Sum(q => q.Posted) == 0 && g.Sum(q => q.Held) == g.Sum(q => q.Incoming));
            }
            (posted, held, incoming) = (posted + p.Posted, held + p.Held, incoming + p.Incoming);
        }
        return posted == 0 && held == incoming;
    }

    private static async Task CheckStatementsAsync(
        ILedgerStore store, LedgerSnapshot snapshot, List<string> problems, CancellationToken cancellationToken)
    {
        foreach (var (account, balances) in snapshot.Balances.Where(a => a.Key.Kind != AccountKind.System))
        {
            var sums = new Dictionary<Currency, Amounts>();
            for (var skip = 0; ; skip += HistoryPage)
            {
                var page = await store.GetHistoryAsync(account, skip, HistoryPage, cancellationToken).ConfigureAwait(false);
                foreach (var line in page)
                {
                    ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, line.Amount.Currency, out _);
                    sum = sum with { Posted = sum.Posted + line.Amount.Minor, Held = sum.Held + line.Held.Minor };
                }
                if (page.Count < HistoryPage)
                {
                    break;
                }
            }
            foreach (var currency in sums.Keys.Union(balances.Select(b => b.Currency)))
            {
                var fromStatement = sums.GetValueOrDefault(currency);
                var balance = balances.FirstOrDefault(b => b.Currency == currency);
                if (fromStatement.Posted != balance.Posted || fromStatement.Held != balance.Held)
                {
                    problems.Add($"{account} {currency}: its statement sums to {fromStatement.Posted} moved and {fromStatement.Held} held, "
                        + $"its balance is {balance.Posted} posted and {balance.Held} held.");
                }
            }
        }
    }

    /// <summary>An account's posted, held and incoming minor units in one currency.</summary>
    private readonly record struct Amounts(long Posted, long Held, long Incoming);
}
