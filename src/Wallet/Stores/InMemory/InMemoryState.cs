namespace Conversational.Wallet;

public sealed partial class InMemoryLedgerStore
{
    /// <summary>One account: what it is, its amounts per currency, its statement and its spending by day and month.</summary>
    private sealed class AccountState(Account info)
    {
        public Account Info { get; set; } = info;

        public Dictionary<Currency, Amounts> Amounts { get; } = [];

        public List<HistoryEntry> History { get; } = [];

        public Dictionary<(Currency, int Day), long> SpentByDay { get; } = [];

        public Dictionary<(Currency, int Month), long> SpentByMonth { get; } = [];

        public Amounts In(Currency currency)
        {
            if (!Amounts.TryGetValue(currency, out var amounts))
            {
                amounts = new Amounts();
                Amounts[currency] = amounts;
            }
            return amounts;
        }

        public long Available(Currency currency) => Amounts.TryGetValue(currency, out var a) ? a.Posted - a.Held : 0;

        public long Posted(Currency currency) => Amounts.TryGetValue(currency, out var a) ? a.Posted : 0;

        public List<Balance> BalanceList() =>
            [.. Amounts.OrderBy(a => a.Key.Code, StringComparer.Ordinal).Select(a => new Balance(a.Key, a.Value.Posted, a.Value.Held, a.Value.Incoming))];
    }

    private sealed class Amounts
    {
        public long Posted { get; set; }

        public long Held { get; set; }

        public long Incoming { get; set; }
    }

    /// <summary>A hold as stored: the public record plus the day and month whose spending it counted in.</summary>
    private sealed record HoldRecord(TransferId Id, AccountId Payer, AccountId Merchant, Money Amount, int Day, int Month)
    {
        public HoldState State { get; set; } = HoldState.Authorized;

        public long Captured { get; set; }

        public Hold ToHold() => new(Id, Payer, Merchant, Amount, State, new Money(Captured, Amount.Currency));
    }

    private sealed record PendingRecord(TransferId Id, AccountId Sender, string ClaimKey, Money Amount, DateTimeOffset ExpiresAt, int Day, int Month)
    {
        public PendingState State { get; set; } = PendingState.Waiting;

        public PendingTransfer ToPendingTransfer() => new(Id, Sender, ClaimKey, Amount, ExpiresAt, State);
    }

    /// <summary>
    /// A payment that can be refunded: <see cref="Source"/> is the account it was paid from (the person, or an
    /// operator's carrier account), <see cref="Person"/> the person whose statement shows it.
    /// </summary>
    private sealed record PaymentRecord(AccountId Source, AccountId Person, AccountId Merchant, Currency Currency, long Paid, long Fee)
    {
        public long Refunded { get; set; }
    }

    private sealed class PhoneLine
    {
        public long? Cap { get; set; }

        public bool DonationsBlocked { get; set; }

        public Dictionary<int, long> SpentByMonth { get; } = [];
    }
}
