using Conversational.Wallet.Tests.Support;
using static Conversational.Wallet.Tests.Support.TestMoney;

namespace Conversational.Wallet.Tests.Contract;

public abstract partial class LedgerContractTests
{
    [Fact]
    public async Task Daily_cap_refuses_the_transfer_that_would_pass_it_with_the_limit_and_what_was_used()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.VerifiedPersonAsync("bob");
        await ledger.FundAsync(alice, "2000.00");
        for (var i = 0; i < 4; i++)
        {
            (await ledger.SendAsync(alice, bob, "250.00")).ShouldComplete();
        }

        var rejection = (await ledger.SendAsync(alice, bob, "0.01")).ShouldBeRejected(RejectionReason.OverDailyCap);

        Assert.Equal(
            new Rejection(RejectionReason.OverDailyCap) { Limit = Eur("1000.00"), Used = Eur("1000.00"), Tier = IdentityTier.Verified },
            rejection);
        Assert.Equal(Eur("1000.00"), await ledger.PostedAsync(alice));
    }

    [Fact]
    public async Task Daily_cap_starts_again_on_the_next_utc_day()
    {
        var ledger = await LedgerAsync(start: new DateTimeOffset(2030, 1, 15, 23, 0, 0, TimeSpan.Zero));
        var alice = await ledger.VerifiedPersonAsync("alice");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(alice, "2000.00");
        (await ledger.SendAsync(alice, restos, "500.00")).ShouldComplete();
        (await ledger.SendAsync(alice, restos, "400.00")).ShouldComplete();
        (await ledger.SendAsync(alice, restos, "100.01")).ShouldBeRejected(RejectionReason.OverDailyCap);

        ledger.Time.Advance(TimeSpan.FromMinutes(59));
        (await ledger.SendAsync(alice, restos, "100.01")).ShouldBeRejected(RejectionReason.OverDailyCap);
        ledger.Time.Advance(TimeSpan.FromMinutes(1));

        (await ledger.SendAsync(alice, restos, "500.00")).ShouldComplete();
    }

    [Fact]
    public async Task Monthly_cap_refuses_the_transfer_that_would_pass_it_and_starts_again_next_month()
    {
        var ledger = await LedgerAsync(start: new DateTimeOffset(2030, 1, 29, 12, 0, 0, TimeSpan.Zero));
        var alice = await ledger.VerifiedPersonAsync("alice");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(alice, "4000.00");
        foreach (var donations in new[] { 2, 2, 1 })
        {
            for (var i = 0; i < donations; i++)
            {
                (await ledger.SendAsync(alice, restos, "500.00")).ShouldComplete();
            }
            ledger.Time.Advance(donations == 2 ? TimeSpan.FromDays(1) : TimeSpan.Zero);
        }

        var rejection = (await ledger.SendAsync(alice, restos, "0.01")).ShouldBeRejected(RejectionReason.OverMonthlyCap);
        ledger.Time.Advance(TimeSpan.FromDays(1));
        (await ledger.SendAsync(alice, restos, "500.00")).ShouldComplete();

        Assert.Equal(
            new Rejection(RejectionReason.OverMonthlyCap) { Limit = Eur("2500.00"), Used = Eur("2500.00"), Tier = IdentityTier.Verified },
            rejection);
        Assert.Equal(new DateTimeOffset(2030, 2, 1, 12, 0, 0, TimeSpan.Zero), ledger.Now);
    }

    [Fact]
    public async Task Unverified_person_spends_at_most_150_in_30_days_and_is_told_the_tier()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.SendAsync(bob, restos, "100.00")).ShouldComplete();
        await ledger.FundAsync(bob, "100.00");

        var rejection = (await ledger.SendAsync(bob, restos, "50.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);
        (await ledger.SendAsync(bob, restos, "50.00")).ShouldComplete();

        Assert.Equal(
            new Rejection(RejectionReason.OverUnverifiedSpending) { Limit = Eur("150.00"), Used = Eur("100.00"), Tier = IdentityTier.Unverified },
            rejection);
        Assert.Equal(Eur("100.00"), (await ledger.BalanceAsync(bob)).Available);
    }

    [Fact]
    public async Task Unverified_spending_window_rolls_over_30_days()
    {
        var ledger = await LedgerAsync(start: new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.SendAsync(bob, restos, "100.00")).ShouldComplete();
        await ledger.FundAsync(bob, "50.00");

        ledger.Time.AdvanceTo(new DateTimeOffset(2030, 1, 30, 23, 59, 0, TimeSpan.Zero));
        var stillCounted = (await ledger.SendAsync(bob, restos, "50.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);
        ledger.Time.AdvanceTo(new DateTimeOffset(2030, 1, 31, 0, 0, 0, TimeSpan.Zero));
        (await ledger.SendAsync(bob, restos, "100.00")).ShouldComplete();

        Assert.Equal(Eur("100.00"), stillCounted.Used);
    }

    [Fact]
    public async Task Unverified_recipient_may_not_hold_more_than_150()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var bob = await ledger.PersonAsync("bob");
        await ledger.FundAsync(alice, "300.00");
        await ledger.FundAsync(bob, "100.00");

        var sent = (await ledger.SendAsync(alice, bob, "50.01")).ShouldBeRejected(RejectionReason.RecipientOverBalanceLimit);
        var funded = (await ledger.ExecuteAsync(new Funding("f-bob", bob, Eur("50.01")))).ShouldBeRejected(RejectionReason.RecipientOverBalanceLimit);
        (await ledger.SendAsync(alice, bob, "50.00")).ShouldComplete();

        var expected = new Rejection(RejectionReason.RecipientOverBalanceLimit)
        {
            Limit = Eur("150.00"), Account = bob, Tier = IdentityTier.Unverified,
        };
        Assert.Equal(expected, sent);
        Assert.Equal(expected, funded);
        Assert.Equal(Eur("150.00"), await ledger.PostedAsync(bob));
    }

    [Fact]
    public async Task Verified_people_charities_and_merchants_may_hold_more_than_150()
    {
        var ledger = await LedgerAsync();
        var alice = await ledger.VerifiedPersonAsync("alice");
        var carol = await ledger.VerifiedPersonAsync("carol");
        var restos = await ledger.CharityAsync("restos");
        var shop = await ledger.MerchantAsync("shop");

        await ledger.FundAsync(alice, "5000.00");
        (await ledger.SendAsync(alice, carol, "200.00")).ShouldComplete();
        await ledger.FundAsync(restos, "1000.00");
        await ledger.FundAsync(shop, "1000.00");

        Assert.Equal(Eur("200.00"), await ledger.PostedAsync(carol));
    }

    [Fact]
    public async Task Verification_lifts_the_unverified_limits()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.ExecuteAsync(new Funding("big", bob, Eur("1.00")))).ShouldBeRejected(RejectionReason.RecipientOverBalanceLimit);
        (await ledger.SendAsync(bob, restos, "150.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);

        await ledger.Store.SetTierAsync(bob, IdentityTier.Verified, Ct);
        await ledger.FundAsync(bob, "400.00");

        (await ledger.SendAsync(bob, restos, "450.00")).ShouldComplete();
    }

    [Fact]
    public async Task A_hold_counts_against_the_caps_and_a_void_gives_its_spending_back()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.HoldAsync(bob, shop, "100.00", "hold-1")).ShouldComplete();

        var whileHeld = (await ledger.SendAsync(bob, restos, "50.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);
        (await ledger.VoidAsync("hold-1")).ShouldComplete();

        (await ledger.SendAsync(bob, restos, "150.00")).ShouldComplete();
        Assert.Equal(Eur("100.00"), whileHeld.Used);
    }

    [Fact]
    public async Task A_partial_capture_gives_back_the_spending_of_the_part_released()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        var shop = await ledger.MerchantAsync("shop");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.HoldAsync(bob, shop, "100.00", "hold-1")).ShouldComplete();

        (await ledger.CaptureAsync("hold-1", "40.00")).ShouldComplete();

        var rejection = (await ledger.SendAsync(bob, restos, "110.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);
        (await ledger.SendAsync(bob, restos, "110.00")).ShouldComplete();
        Assert.Equal(Eur("40.00"), rejection.Used);
    }

    [Fact]
    public async Task A_returned_pending_transfer_gives_its_spending_back_but_a_claimed_one_does_not()
    {
        var ledger = await LedgerAsync();
        var bob = await ledger.PersonAsync("bob");
        var restos = await ledger.CharityAsync("restos");
        await ledger.FundAsync(bob, "150.00");
        (await ledger.PendingSendAsync(bob, "+33611111111", "100.00", "p-1")).ShouldComplete();
        (await ledger.PendingSendAsync(bob, "+33622222222", "50.00", "p-2")).ShouldComplete();
        (await ledger.ClaimAsync("p-2", await ledger.VerifiedPersonAsync("carol"), "+33622222222")).ShouldComplete();

        ledger.Time.Advance(TimeSpan.FromDays(7));
        (await ledger.ReturnAsync("p-1")).ShouldComplete();

        var rejection = (await ledger.SendAsync(bob, restos, "100.01")).ShouldBeRejected(RejectionReason.OverUnverifiedSpending);
        (await ledger.SendAsync(bob, restos, "100.00")).ShouldComplete();
        Assert.Equal(Eur("50.00"), rejection.Used);
    }
}
