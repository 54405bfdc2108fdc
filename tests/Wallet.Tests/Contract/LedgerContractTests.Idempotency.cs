using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task Same_id_and_same_parameters_replays_the_original_receipt_and_moves_money_once()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "100.00");
        var first = (await ledger.SendAsync(alice, bob, "50.00", "telegram:bot:4321:send")).ShouldComplete();
        ledger.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await ledger.SendAsync(alice, bob, "50.00", "telegram:bot:4321:send");
        var third = await ledger.SendAsync(alice, bob, "50.00", "telegram:bot:4321:send");

        foreach (var replay in new[] { second, third })
        {
            Assert.Equal(MovementStatus.Completed, replay.Status);
            Assert.True(replay.Replayed);
            Assert.Equal(first, replay.Receipt);
        }
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(bob));
        Assert.Equal(2, await ledger.JournalLengthAsync());
        Assert.Single(await ledger.HistoryAsync(bob));
    }

    [Theory]
    [InlineData("50.01", "bob")]
    [InlineData("50.00", "carol")]
    public async Task Same_id_with_other_parameters_is_a_conflict_and_leaves_the_original_untouched(string amount, string recipient)
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.PersonAsync("carol");
        await ledger.FundAsync(alice, "100.00");
        var original = (await ledger.SendAsync(alice, bob, "50.00", "send-1")).ShouldComplete();

        var conflict = await ledger.SendAsync(alice, AccountId.Person(recipient), amount, "send-1");
        var replay = await ledger.SendAsync(alice, bob, "50.00", "send-1");

        Assert.Equal(new Rejection(RejectionReason.IdConflict), conflict.ShouldBeRejected(RejectionReason.IdConflict));
        Assert.True(replay.Replayed);
        Assert.Equal(original, replay.Receipt);
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("0.00"), await ledger.PostedAsync(AccountId.Person("carol")));
    }

    [Fact]
    public async Task Same_id_for_another_kind_of_movement_is_a_conflict()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var shop = await ledger.MerchantAsync("shop");
        (await ledger.ExecuteAsync(new Funding("id-1", alice, Eur("100.00")))).ShouldComplete();

        var hold = await ledger.HoldAsync(alice, shop, "10.00", "id-1");

        hold.ShouldBeRejected(RejectionReason.IdConflict);
        Assert.Null(await ledger.Store.FindHoldAsync("id-1", Ct));
        Assert.Equal(new Balance(Currency.Eur, 100_00, 0, 0), await ledger.BalanceAsync(alice));
    }

    [Fact]
    public async Task A_rejection_for_insufficient_funds_stays_for_its_id_after_a_top_up_and_a_new_id_succeeds()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var lea = await ledger.PersonAsync("lea");
        await ledger.FundAsync(alice, "20.00");
        var first = (await ledger.SendAsync(alice, lea, "50.00", "update-7")).ShouldBeRejected(RejectionReason.InsufficientFunds);

        await ledger.FundAsync(alice, "100.00");
        var redelivered = await ledger.SendAsync(alice, lea, "50.00", "update-7");
        var fresh = await ledger.SendAsync(alice, lea, "50.00", "update-8");

        Assert.True(redelivered.Replayed);
        Assert.Equal(first, redelivered.ShouldBeRejectedReplay(RejectionReason.InsufficientFunds));
        Assert.Equal(Eur("20.00"), first.Available);
        fresh.ShouldComplete();
        Assert.Equal(Eur("70.00"), await ledger.PostedAsync(alice));
        Assert.Equal(Eur("50.00"), await ledger.PostedAsync(lea));
    }

    [Fact]
    public async Task Every_recorded_rejection_is_replayed_for_its_id()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "1000.00");
        var first = (await ledger.SendAsync(alice, bob, "300.00", "too-much")).ShouldBeRejected(RejectionReason.OverTransactionLimit);

        var again = await ledger.SendAsync(alice, bob, "300.00", "too-much");

        Assert.Equal(first, again.ShouldBeRejectedReplay(RejectionReason.OverTransactionLimit));
    }

    [Fact]
    public async Task A_conflict_is_not_recorded_so_the_original_parameters_still_replay()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "20.00");
        (await ledger.SendAsync(alice, bob, "50.00", "send-1")).ShouldBeRejected(RejectionReason.InsufficientFunds);

        (await ledger.SendAsync(alice, bob, "10.00", "send-1")).ShouldBeRejected(RejectionReason.IdConflict);
        (await ledger.SendAsync(alice, bob, "10.00", "send-1")).ShouldBeRejected(RejectionReason.IdConflict);

        (await ledger.SendAsync(alice, bob, "50.00", "send-1")).ShouldBeRejectedReplay(RejectionReason.InsufficientFunds);
        Assert.Equal(Eur("20.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task A_request_failing_the_stateless_checks_is_not_recorded_under_its_id()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "20.00");

        (await ledger.SendAsync(alice, bob, "0.00", "send-1")).ShouldBeRejected(RejectionReason.InvalidAmount);
        var valid = await ledger.SendAsync(alice, bob, "10.00", "send-1");

        valid.ShouldComplete();
        Assert.Equal(Eur("10.00"), await ledger.PostedAsync(bob));
    }

    [Fact]
    public async Task Replays_of_holds_captures_claims_and_carrier_charges_move_nothing_again()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var carol = await ledger.VerifiedPersonAsync("carol");
        var shop = await ledger.MerchantAsync("shop", 200);
        await ledger.FundAsync(alice, "200.00");
        Movement[] movements =
        [
            new HoldAuthorize("hold-1", alice, shop, Eur("80.00")),
            new HoldCapture("capture-1", "hold-1", Eur("30.00")),
            new Refund("refund-1", "hold-1", Eur("10.00")),
            new PendingSend("pending-1", alice, "@carol", Eur("20.00")),
            new PendingClaim("claim-1", "pending-1", carol, "@carol"),
            new CarrierCharge("sms-1", alice, "+33612345678", "orange", "81234", shop, Eur("4.50")),
        ];
        var firsts = new List<MovementResult>();
        foreach (var movement in movements)
        {
            firsts.Add(await ledger.ExecuteAsync(movement));
        }
        var snapshot = await ledger.Store.SnapshotAsync(Ct);

        foreach (var (movement, first) in movements.Zip(firsts))
        {
            var replay = await ledger.ExecuteAsync(movement);
            Assert.True(replay.Replayed, movement.ToString());
            Assert.Equal(first.ShouldComplete(), replay.Receipt);
        }

        var after = await ledger.Store.SnapshotAsync(Ct);
        Assert.Equal(snapshot.Journal.Count, after.Journal.Count);
        foreach (var (account, balances) in snapshot.Balances)
        {
            Assert.Equal(balances, after.Balances[account]);
        }
    }
}
