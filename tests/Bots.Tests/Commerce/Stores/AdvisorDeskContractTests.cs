using Conversational.Bots.Commerce.Advisors;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Conversations;
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

    [Fact]
    public async Task Forgetting_a_person_scrubs_their_channel_and_texts_keeps_the_advisors_and_closes_the_open_case()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        await desk.AppendAsync("case-1", new AdvisorMessage(true, "It left yesterday.", Monday.AddMinutes(5), "marie"), Ct);
        await desk.AppendAsync("case-1", new AdvisorMessage(false, "My address is 3 rue Haute.", Monday.AddMinutes(6)), Ct);
        var at = Monday.AddHours(1);

        Assert.Equal(1, await desk.ForgetPersonAsync(Alice, at, Ct));

        var forgotten = await desk.GetAsync("case-1", Ct);
        Assert.Equal(new ChannelIdentity("deleted", "case-1"), forgotten?.Channel);
        Assert.Equal(["[deleted]", "It left yesterday.", "[deleted]"], forgotten?.Messages.Select(m => m.Text));
        Assert.Equal([false, true, false], forgotten?.Messages.Select(m => m.FromAdvisor));
        Assert.Equal([Monday, Monday.AddMinutes(5), Monday.AddMinutes(6)], forgotten?.Messages.Select(m => m.At));
        Assert.Equal("marie", forgotten?.Messages[1].Advisor);
        Assert.Equal(at, forgotten?.ClosedAt);
        Assert.Equal(Alice, forgotten?.Person);
        Assert.Null(await desk.FindOpenAsync(Alice, Ct));
        Assert.Empty(await desk.ListOpenAsync("shop", Ct));
        Assert.Null(await desk.AppendAsync("case-1", new AdvisorMessage(false, "Hello?", at.AddMinutes(1)), Ct));
    }

    [Fact]
    public async Task Forgetting_a_person_covers_their_closed_cases_which_keep_their_closing_time()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        await desk.CloseAsync("case-1", Monday.AddHours(1), Ct);
        await desk.OpenAsync(Case("case-2", Alice, "games", Monday.AddHours(2)), Ct);
        await desk.CloseAsync("case-2", Monday.AddHours(3), Ct);
        await desk.OpenAsync(Case("case-3", Alice, openedAt: Monday.AddHours(4)), Ct);

        Assert.Equal(3, await desk.ForgetPersonAsync(Alice, Monday.AddDays(1), Ct));

        foreach (var (id, closedAt) in new[] { ("case-1", Monday.AddHours(1)), ("case-2", Monday.AddHours(3)), ("case-3", Monday.AddDays(1)) })
        {
            var forgotten = await desk.GetAsync(id, Ct);
            Assert.Equal(new ChannelIdentity("deleted", id), forgotten?.Channel);
            Assert.Equal(["[deleted]"], forgotten?.Messages.Select(m => m.Text));
            Assert.Equal(closedAt, forgotten?.ClosedAt);
        }
        Assert.Null(await desk.FindOpenAsync(Alice, Ct));
        Assert.Empty(await desk.ListOpenAsync("shop", Ct));
    }

    [Fact]
    public async Task Forgetting_a_person_again_changes_nothing()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        await desk.AppendAsync("case-1", new AdvisorMessage(true, "It left yesterday.", Monday.AddMinutes(5), "marie"), Ct);
        await desk.OpenAsync(Case("case-2", Bob), Ct);
        await desk.CloseAsync("case-2", Monday.AddHours(1), Ct);
        Assert.Equal(1, await desk.ForgetPersonAsync(Alice, Monday.AddHours(2), Ct));
        var once = await desk.GetAsync("case-1", Ct);

        Assert.Equal(0, await desk.ForgetPersonAsync(Alice, Monday.AddHours(3), Ct));

        Same(once!, await desk.GetAsync("case-1", Ct));
        Assert.Equal(0, await desk.ForgetPersonAsync(AccountId.Person("nobody"), Monday.AddHours(3), Ct));
    }

    [Fact]
    public async Task Forgetting_a_person_leaves_other_persons_cases_untouched()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-a", Alice), Ct);
        await desk.OpenAsync(Case("case-b", Bob, openedAt: Monday.AddMinutes(1)), Ct);
        var bobsAfter = await desk.AppendAsync("case-b", new AdvisorMessage(true, "Let me check.", Monday.AddMinutes(2), "marie"), Ct);
        await desk.OpenAsync(Case("case-c", AccountId.Person("carol"), openedAt: Monday.AddMinutes(3)), Ct);
        var carols = await desk.CloseAsync("case-c", Monday.AddHours(1), Ct);

        Assert.Equal(1, await desk.ForgetPersonAsync(Alice, Monday.AddHours(2), Ct));

        Same(bobsAfter!, await desk.GetAsync("case-b", Ct));
        Same(bobsAfter!, await desk.FindOpenAsync(Bob, Ct));
        Same(carols!, await desk.GetAsync("case-c", Ct));
        Assert.Equal(["case-b"], (await desk.ListOpenAsync("shop", Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task Messages_appended_while_the_person_is_forgotten_are_scrubbed_or_refused()
    {
        var desk = Create();
        await desk.OpenAsync(Case("case-1", Alice), Ct);
        var started = new TaskCompletionSource();

        // Four writers keep appending until the case is closed by the forgetting, which starts once they are going.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var appended = 0;
            while (await desk.AppendAsync("case-1", new AdvisorMessage(false, $"Message {w}.{appended}", Monday.AddMinutes(appended)), Ct) is not null)
            {
                appended++;
                started.TrySetResult();
            }
            return appended;
        }, Ct)).ToList();
        await started.Task.WaitAsync(Ct);
        Assert.Equal(1, await desk.ForgetPersonAsync(Alice, Monday.AddHours(1), Ct));
        var appended = (await Task.WhenAll(writers)).Sum();

        var forgotten = await desk.GetAsync("case-1", Ct);
        Assert.False(forgotten!.IsOpen);
        Assert.Equal(1 + appended, forgotten.Messages.Count);
        Assert.All(forgotten.Messages, m => Assert.Equal("[deleted]", m.Text));
    }
}
