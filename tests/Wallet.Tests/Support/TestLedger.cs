using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Support;

/// <summary>
/// A store under test with its manual clock, a <see cref="WalletService"/> over it, and the short helpers the
/// scenarios are written with. Amounts are EUR written as text ("12.34").
/// </summary>
public sealed class TestLedger(ILedgerStore store, WalletPolicy policy, ManualTimeProvider time)
{
    private int _ids;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ILedgerStore Store { get; } = store;

    public WalletPolicy Policy { get; } = policy;

    public ManualTimeProvider Time { get; } = time;

    public WalletService Service { get; } = new(store, policy, time);

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>A transfer id not used before in this ledger.</summary>
    public TransferId NextId(string prefix = "t") => $"{prefix}-{Interlocked.Increment(ref _ids)}";

    public async Task<AccountId> PersonAsync(string name, IdentityTier tier = IdentityTier.Unverified)
    {
        var id = AccountId.Person(name);
        await Store.OpenAccountAsync(new Account(id), Ct);
        if (tier == IdentityTier.Verified)
        {
            Assert.NotNull(await Store.SetTierAsync(id, IdentityTier.Verified, Ct));
        }
        return id;
    }

    public Task<AccountId> VerifiedPersonAsync(string name) => PersonAsync(name, IdentityTier.Verified);

    public async Task<AccountId> CharityAsync(string name) => (await Store.OpenAccountAsync(Account.Charity(name), Ct)).Id;

    public async Task<AccountId> MerchantAsync(string name, int feeBasisPoints = 100) =>
        (await Store.OpenAccountAsync(Account.Merchant(name, feeBasisPoints), Ct)).Id;

    /// <summary>Tops an account up from the funding account; the top-up must succeed.</summary>
    public async Task FundAsync(AccountId to, string amount) =>
        (await Store.ExecuteAsync(new Funding(NextId("fund"), to, Eur(amount)), Ct)).ShouldComplete();

    public Task<MovementResult> ExecuteAsync(Movement movement) => Store.ExecuteAsync(movement, Ct);

    public Task<MovementResult> SendAsync(AccountId from, AccountId to, string amount, TransferId? id = null) =>
        Store.ExecuteAsync(new Transfer(id ?? NextId(), from, to, Eur(amount)), Ct);

    public Task<MovementResult> PendingSendAsync(AccountId from, string claimKey, string amount, TransferId? id = null) =>
        Store.ExecuteAsync(new PendingSend(id ?? NextId("pending"), from, claimKey, Eur(amount)), Ct);

    public Task<MovementResult> ClaimAsync(TransferId pending, AccountId claimant, string claimKey) =>
        Store.ExecuteAsync(new PendingClaim(NextId("claim"), pending, claimant, claimKey), Ct);

    public Task<MovementResult> ReturnAsync(TransferId pending) =>
        Store.ExecuteAsync(new PendingReturn(NextId("return"), pending), Ct);

    public Task<MovementResult> HoldAsync(AccountId payer, AccountId merchant, string amount, TransferId? id = null) =>
        Store.ExecuteAsync(new HoldAuthorize(id ?? NextId("hold"), payer, merchant, Eur(amount)), Ct);

    public Task<MovementResult> CaptureAsync(TransferId hold, string? amount = null) =>
        Store.ExecuteAsync(new HoldCapture(NextId("capture"), hold, amount is null ? null : Eur(amount)), Ct);

    public Task<MovementResult> VoidAsync(TransferId hold) => Store.ExecuteAsync(new HoldVoid(NextId("void"), hold), Ct);

    public Task<MovementResult> RefundAsync(TransferId payment, string amount) =>
        Store.ExecuteAsync(new Refund(NextId("refund"), payment, Eur(amount)), Ct);

    public Task<MovementResult> CarrierAsync(
        AccountId payer, string phone, string shortCode, AccountId to, string price, TransferId? id = null, string carrier = "orange") =>
        Store.ExecuteAsync(new CarrierCharge(id ?? NextId("sms"), payer, phone, carrier, shortCode, to, Eur(price)), Ct);

    /// <summary>An account's EUR balance (all zero when it never held euros).</summary>
    public async Task<Balance> BalanceAsync(AccountId id)
    {
        var euros = (await Store.GetBalancesAsync(id, Ct)).Where(b => b.Currency == Currency.Eur).ToList();
        return euros.Count == 0 ? new Balance(Currency.Eur, 0, 0, 0) : Assert.Single(euros);
    }

    /// <summary>An account's posted EUR balance.</summary>
    public async Task<Money> PostedAsync(AccountId id) => (await BalanceAsync(id)).Total;

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(AccountId id, int skip = 0, int take = 100) =>
        await Store.GetHistoryAsync(id, skip, take, Ct);

    public async Task<int> JournalLengthAsync() => (await Store.SnapshotAsync(Ct)).Journal.Count;
}
