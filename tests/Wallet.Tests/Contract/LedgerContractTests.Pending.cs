using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    private const string LeaPhone = "+33698765432";

    private async Task<(TestLedger Ledger, AccountId Sender)> PendingToLeaAsync(string amount = "40.00")
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        await ledger.FundAsync(alice, "100.00");
        (await ledger.PendingSendAsync(alice, LeaPhone, amount, "pending-1")).ShouldComplete();
        return (ledger, alice);
    }

    [Fact]
    public async Task Money_for_someone_unknown_waits_in_the_pending_account_for_seven_days()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        await ledger.FundAsync(alice, "100.00");

        var receipt = (await ledger.PendingSendAsync(alice, LeaPhone, "40.00", "pending-1")).ShouldComplete();

        var expires = ledger.Now.AddDays(7);
        Assert.Equal(
            new Receipt("pending-1", MovementKind.PendingSend, alice, AccountId.PendingClaims, Eur("40.00"), Eur("0.00"), ledger.Now)
            {
                ExpiresAt = expires,
            },
            receipt);
        Assert.Equal(Eur("60.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("40.00"), await ledger.PostedAsync(AccountId.PendingClaims));
        var waiting = new PendingTransfer("pending-1", alice, LeaPhone, Eur("40.00"), expires, PendingState.Waiting);
        Assert.Equal(waiting, await ledger.Store.FindPendingAsync("pending-1", Ct));
        Assert.Equal([waiting], await ledger.Store.ListWaitingForAsync(LeaPhone, Ct));
        Assert.Empty(await ledger.Store.ListWaitingForAsync("+33600000000", Ct));
        var line = (await ledger.HistoryAsync(alice))[0];
        Assert.Equal((MovementKind.PendingSend, Eur("-40.00"), LeaPhone), (line.Kind, line.Amount, line.Reference));
    }

    [Fact]
    public async Task The_person_named_by_the_claim_key_claims_the_money()
    {
        var (ledger, alice) = await PendingToLeaAsync();
        var lea = await ledger.PersonAsync("lea");
        ledger.Time.Advance(TimeSpan.FromDays(6));

        var receipt = (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldComplete();

        Assert.Equal((MovementKind.PendingClaim, alice, lea, Eur("40.00")), (receipt.Kind, receipt.From, receipt.To, receipt.Amount));
        Assert.Equal(Eur("40.00"), await ledger.PostedAsync(lea));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(AccountId.PendingClaims));
        Assert.Equal(PendingState.Claimed, (await ledger.Store.FindPendingAsync("pending-1", Ct))?.State);
        Assert.Empty(await ledger.Store.ListWaitingForAsync(LeaPhone, Ct));
        var line = Assert.Single(await ledger.HistoryAsync(lea));
        Assert.Equal((MovementKind.PendingClaim, alice, "pending-1"), (line.Kind, line.Counterparty, line.Reference));
    }

    [Fact]
    public async Task A_claim_with_the_wrong_key_is_refused_and_the_money_keeps_waiting()
    {
        var (ledger, _) = await PendingToLeaAsync();
        var mallory = await ledger.PersonAsync("mallory");

        (await ledger.ClaimAsync("pending-1", mallory, "+33600000000")).ShouldBeRejected(RejectionReason.PendingNotForClaimant);

        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(mallory));
        Assert.Equal(PendingState.Waiting, (await ledger.Store.FindPendingAsync("pending-1", Ct))?.State);
    }

    [Fact]
    public async Task A_pending_transfer_is_claimed_at_most_once()
    {
        var (ledger, _) = await PendingToLeaAsync();
        var lea = await ledger.PersonAsync("lea");
        (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldComplete();

        (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldBeRejected(RejectionReason.PendingAlreadyClaimed);
        ledger.Time.Advance(TimeSpan.FromDays(8));
        (await ledger.ReturnAsync("pending-1")).ShouldBeRejected(RejectionReason.PendingAlreadyClaimed);

        Assert.Equal(Eur("40.00"), await ledger.PostedAsync(lea));
    }

    [Fact]
    public async Task A_claim_once_the_period_is_over_is_refused_with_when_it_ended()
    {
        var (ledger, _) = await PendingToLeaAsync();
        var lea = await ledger.PersonAsync("lea");
        var expires = ledger.Now.AddDays(7);
        ledger.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        (await ledger.ExecuteAsync(new PendingClaim("claim-in-time", "pending-1", AccountId.Person("ghost"), LeaPhone)))
            .ShouldBeRejected(RejectionReason.UnknownAccount);
        ledger.Time.Advance(TimeSpan.FromSeconds(1));

        var rejection = (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldBeRejected(RejectionReason.PendingExpired);

        Assert.Equal(new Rejection(RejectionReason.PendingExpired) { At = expires }, rejection);
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(lea));
    }

    [Fact]
    public async Task A_return_before_the_period_is_over_is_refused_with_when_it_ends()
    {
        var (ledger, alice) = await PendingToLeaAsync();
        var expires = ledger.Now.AddDays(7);
        ledger.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));

        var rejection = (await ledger.ReturnAsync("pending-1")).ShouldBeRejected(RejectionReason.PendingNotDue);

        Assert.Equal(new Rejection(RejectionReason.PendingNotDue) { At = expires }, rejection);
        Assert.Equal(Eur("60.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task The_return_job_gives_unclaimed_money_back_once_the_period_is_over()
    {
        var (ledger, alice) = await PendingToLeaAsync("40.00");
        (await ledger.PendingSendAsync(alice, "@noone", "10.00", "pending-2")).ShouldComplete();
        ledger.Time.Advance(TimeSpan.FromDays(6));
        Assert.Empty(await ledger.Service.ReturnDuePendingAsync(cancellationToken: Ct));

        ledger.Time.Advance(TimeSpan.FromDays(1));
        var returned = await ledger.Service.ReturnDuePendingAsync(cancellationToken: Ct);

        Assert.Equal(["return:pending-1", "return:pending-2"], returned.Select(r => r.Id.Value));
        var receipt = returned[0].ShouldComplete();
        Assert.Equal(
            (MovementKind.PendingReturn, AccountId.PendingClaims, alice, Eur("40.00")),
            (receipt.Kind, receipt.From, receipt.To, receipt.Amount));
        returned[1].ShouldComplete();
        Assert.Equal(Eur("100.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(AccountId.PendingClaims));
        Assert.Equal(PendingState.Returned, (await ledger.Store.FindPendingAsync("pending-1", Ct))?.State);
        Assert.Empty(await ledger.Service.ReturnDuePendingAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task Two_return_jobs_for_the_same_pending_transfer_return_it_once()
    {
        var (ledger, alice) = await PendingToLeaAsync();
        ledger.Time.Advance(TimeSpan.FromDays(7));
        var due = await ledger.Store.ListDuePendingAsync(ledger.Now, 10, Ct);

        var first = await ledger.Service.ExecuteAsync(new PendingReturn(WalletService.ReturnId(due[0].Id), due[0].Id), Ct);
        var second = await ledger.Service.ExecuteAsync(new PendingReturn(WalletService.ReturnId(due[0].Id), due[0].Id), Ct);

        first.ShouldComplete();
        Assert.True(second.Replayed);
        Assert.Equal(Eur("100.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task A_claim_after_the_return_is_refused()
    {
        var (ledger, _) = await PendingToLeaAsync();
        var lea = await ledger.PersonAsync("lea");
        ledger.Time.Advance(TimeSpan.FromDays(7));
        (await ledger.ReturnAsync("pending-1")).ShouldComplete();

        (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldBeRejected(RejectionReason.PendingAlreadyReturned);
        (await ledger.ReturnAsync("pending-1")).ShouldBeRejected(RejectionReason.PendingAlreadyReturned);

        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(lea));
    }

    [Fact]
    public async Task An_unverified_claimant_over_the_balance_limit_is_refused_and_the_money_keeps_waiting()
    {
        var (ledger, _) = await PendingToLeaAsync("40.00");
        var lea = await ledger.PersonAsync("lea");
        await ledger.FundAsync(lea, "120.00");

        var rejection = (await ledger.ClaimAsync("pending-1", lea, LeaPhone)).ShouldBeRejected(RejectionReason.RecipientOverBalanceLimit);

        Assert.Equal((Eur("150.00"), lea), (rejection.Limit, rejection.Account));
        Assert.Equal(PendingState.Waiting, (await ledger.Store.FindPendingAsync("pending-1", Ct))?.State);
        Assert.Equal(Eur("120.00"), await ledger.PostedAsync(lea));
    }

    [Fact]
    public async Task A_pending_transfer_above_the_person_limit_or_with_an_unusable_key_is_refused()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        await ledger.FundAsync(alice, "500.00");

        var tooMuch = (await ledger.PendingSendAsync(alice, LeaPhone, "250.01")).ShouldBeRejected(RejectionReason.OverTransactionLimit);
        (await ledger.PendingSendAsync(alice, "lea with spaces", "1.00")).ShouldBeRejected(RejectionReason.InvalidClaimKey);
        (await ledger.PendingSendAsync(alice, "", "1.00")).ShouldBeRejected(RejectionReason.InvalidClaimKey);
        (await ledger.PendingSendAsync(alice, LeaPhone, "500.00")).ShouldBeRejected(RejectionReason.OverTransactionLimit);

        Assert.Equal(Eur("250.00"), tooMuch.Limit);
        Assert.Equal(Eur("500.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task Claiming_or_returning_an_unknown_pending_transfer_is_refused()
    {
        var ledger = await LedgerAsync();
        var lea = await ledger.PersonAsync("lea");

        (await ledger.ClaimAsync("nope", lea, LeaPhone)).ShouldBeRejected(RejectionReason.PendingNotFound);
        (await ledger.ReturnAsync("nope")).ShouldBeRejected(RejectionReason.PendingNotFound);
        Assert.Null(await ledger.Store.FindPendingAsync("nope", Ct));
    }

    [Fact]
    public async Task Due_pending_transfers_are_listed_oldest_first_up_to_the_maximum()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        await ledger.FundAsync(alice, "100.00");
        foreach (var id in new[] { "c", "a", "b" })
        {
            (await ledger.PendingSendAsync(alice, "@" + id, "1.00", id)).ShouldComplete();
            ledger.Time.Advance(TimeSpan.FromHours(1));
        }
        (await ledger.PendingSendAsync(alice, "@late", "1.00", "late")).ShouldComplete();

        ledger.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromHours(1));
        var due = await ledger.Store.ListDuePendingAsync(ledger.Now, 2, Ct);
        var all = await ledger.Store.ListDuePendingAsync(ledger.Now, 10, Ct);

        Assert.Equal(["c", "a"], due.Select(p => p.Id.Value));
        Assert.Equal(["c", "a", "b"], all.Select(p => p.Id.Value));
    }
}
