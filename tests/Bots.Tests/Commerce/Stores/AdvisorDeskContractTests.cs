using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Stores;
using Conversational.Wallet;
using static Conversational.Bots.Tests.Commerce.Stores.CommerceSamples;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>
/// The behaviour every <see cref="IAdvisorDesk"/> must have, run once per desk by a subclass that says how to create
/// one. Each test uses one desk, created empty (its own keys).
/// </summary>
public abstract class AdvisorDeskContractTests
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty desk.</summary>
    protected abstract IAdvisorDesk Create();

    [Fact]
    public async Task An_opened_case_round_trips_and_is_the_person_s_open_case()
    {
        var desk = Create();
        var opened = Case("case-1", Alice);

        Same(opened, await desk.OpenAsync(opened, Ct));

        Same(opened, await desk.GetAsync("case-1", Ct));
        Same(opened, await desk.FindOpenAsync(Alice, Ct));
        Assert.Null(await desk.FindOpenAsync(Bob, Ct));
        Assert.Null(await desk.GetAsync("case-2", Ct));
    }

    [Fact]
    public async Task A_person_with_an_open_case_gets_it_back_unchanged_instead_of_a_new_one()
    {
        var desk = Create();
        var first = Case("case-1", Alice);
        await desk.OpenAsync(first, Ct);

        var again = await desk.OpenAsync(Case("case-2", Alice, "games") with { Kind = AdvisorCaseKind.Dispute }, Ct);

        Same(first, again);
        Assert.Null(await desk.GetAsync("case-2", Ct));
        Assert.Empty(await desk.ListOpenAsync("games", Ct));
    }

    [Fact]
    public async Task Twenty_opens_at_once_for_one_person_make_one_case()
    {
        var desk = Create();

        var cases = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => desk.OpenAsync(Case($"case-{i}", Alice), Ct), Ct)));

        var id = Assert.Single(cases.Select(c => c.Id).Distinct());
        Assert.Equal(id, (await desk.FindOpenAsync(Alice, Ct))?.Id);
        Assert.Equal([id], (await desk.ListOpenAsync("shop", Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task Messages_are_appended_to_an_open_case_in_order()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        var answer = new AdvisorMessage(true, "It left yesterday.", Monday.AddMinutes(5), "marie");
        var thanks = new AdvisorMessage(false, "Thanks!", Monday.AddMinutes(6));

        await desk.AppendAsync("case-1", answer, Ct);
        var after = await desk.AppendAsync("case-1", thanks, Ct);

        Assert.Equal(["Where is my parcel?", "It left yesterday.", "Thanks!"], after?.Messages.Select(m => m.Text));
        Assert.Equal("marie", after?.Messages[1].Advisor);
        Same(after!, await desk.GetAsync("case-1", Ct));
    }

    [Fact]
    public async Task Nothing_is_appended_to_a_closed_or_unknown_case()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        await desk.CloseAsync("case-1", Monday.AddHours(1), Ct);

        Assert.Null(await desk.AppendAsync("case-1", new AdvisorMessage(false, "Hello?", Monday.AddHours(2)), Ct));
        Assert.Null(await desk.AppendAsync("case-9", new AdvisorMessage(false, "Hello?", Monday.AddHours(2)), Ct));

        Assert.Single((await desk.GetAsync("case-1", Ct))!.Messages);
        Assert.Null(await desk.GetAsync("case-9", Ct));
    }

    [Fact]
    public async Task Closing_a_case_frees_the_person_and_closing_again_changes_nothing()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        var at = Monday.AddHours(1);

        var closed = await desk.CloseAsync("case-1", at, Ct);
        var again = await desk.CloseAsync("case-1", at.AddHours(1), Ct);

        Assert.Equal(at, closed?.ClosedAt);
        Assert.False(closed?.IsOpen);
        Same(closed!, again);
        Same(closed!, await desk.GetAsync("case-1", Ct));
        Assert.Null(await desk.FindOpenAsync(Alice, Ct));
        Assert.Empty(await desk.ListOpenAsync("shop", Ct));
        Assert.Null(await desk.CloseAsync("case-9", at, Ct));
        var next = Case("case-2", Alice, openedAt: Monday.AddHours(3));
        Same(next, await desk.OpenAsync(next, Ct));
    }

    [Fact]
    public async Task Opening_again_a_case_already_closed_gives_it_back()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        var closed = await desk.CloseAsync("case-1", Monday.AddHours(1), Ct);

        Same(closed!, await desk.OpenAsync(Case("case-1", Alice), Ct));

        Assert.Null(await desk.FindOpenAsync(Alice, Ct));
    }

    [Fact]
    public async Task A_merchant_s_open_cases_are_listed_oldest_first()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-b", Bob, openedAt: Monday.AddMinutes(2)), Ct);
        await desk.OpenAsync(Case("case-a", Alice, openedAt: Monday.AddMinutes(1)), Ct);
        await desk.OpenAsync(Case("case-c", AccountId.Person("carol"), openedAt: Monday.AddMinutes(3)), Ct);
        await desk.OpenAsync(Case("case-d", AccountId.Person("dan"), "games"), Ct);
        await desk.CloseAsync("case-b", Monday.AddHours(1), Ct);

        Assert.Equal(["case-a", "case-c"], (await desk.ListOpenAsync("shop", Ct)).Select(c => c.Id));
        Assert.Equal(["case-d"], (await desk.ListOpenAsync("games", Ct)).Select(c => c.Id));
        Assert.Empty(await desk.ListOpenAsync("nobody", Ct));
    }
}
