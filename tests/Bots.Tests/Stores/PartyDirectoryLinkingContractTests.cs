using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Stores;

/// <summary>
/// What every <see cref="IPartyDirectory"/> does for one person on several channels: joining identities (or a whole
/// empty person) to a person, unbinding one, and counting link codes per target. Run on each directory by a subclass.
/// </summary>
public abstract class PartyDirectoryLinkingContractTests
{
    protected static readonly ChannelIdentity WebAlice = new(ChannelIdentity.WebChannel, "alice");
    protected static readonly ChannelIdentity TelegramAlice = new("telegram", "111222333");
    protected static readonly ChannelIdentity SmsBob = new("sms", "+33612345678");
    protected static readonly ChannelIdentity WhatsAppBob = new("whatsapp", "+33612345678");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty directory.</summary>
    protected abstract IPartyDirectory CreateDirectory();

    [Fact]
    public async Task Identities_bound_to_nobody_join_a_person_with_their_phone_number()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);

        var outcome = await directory.JoinAsync(alice.Account, null, [SmsBob], Ct);

        Assert.Equal(JoinOutcome.Joined, outcome);
        Assert.Equal(alice, await directory.FindByIdentityAsync(SmsBob, Ct));
        Assert.Equal(alice, await directory.FindByPhoneAsync("+33612345678", Ct));
        Assert.Equal([WebAlice, SmsBob], await directory.IdentitiesOfAsync(alice.Account, Ct));
    }

    [Fact]
    public async Task A_person_joining_another_brings_every_identity_phone_and_handle_and_is_left_with_none()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, null, "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, "bob", "Bob", "+33612345678", Ct);
        await directory.BindIdentityAsync(WhatsAppBob, bob.Account, Ct);

        var outcome = await directory.JoinAsync(alice.Account, bob.Account, [SmsBob], Ct);

        Assert.Equal(JoinOutcome.Joined, outcome);
        var joined = await directory.FindByIdentityAsync(WhatsAppBob, Ct);
        Assert.Equal(alice.Account, joined?.Account);
        Assert.Equal("bob", joined?.Handle);
        Assert.Equal(alice.Account, (await directory.FindByHandleAsync("bob", Ct))?.Account);
        Assert.Equal(alice.Account, (await directory.FindByPhoneAsync("+33612345678", Ct))?.Account);
        Assert.Equal([WebAlice, SmsBob, WhatsAppBob], await directory.IdentitiesOfAsync(alice.Account, Ct));
        Assert.Empty(await directory.IdentitiesOfAsync(bob.Account, Ct));
        Assert.Null((await directory.FindByAccountAsync(bob.Account, Ct))?.Handle);
    }

    [Fact]
    public async Task The_handle_of_a_person_joining_one_who_has_a_handle_is_freed_not_kept_by_an_empty_account()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(TelegramAlice, "alice_t", "Alice T", null, Ct);

        Assert.Equal(JoinOutcome.Joined, await directory.JoinAsync(alice.Account, bob.Account, [TelegramAlice], Ct));

        Assert.Null(await directory.FindByHandleAsync("alice_t", Ct));
        Assert.Equal("alice", (await directory.FindByAccountAsync(alice.Account, Ct))?.Handle);
    }

    [Fact]
    public async Task Joining_identities_that_are_no_longer_where_the_caller_saw_them_changes_nothing()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);
        var carol = await directory.GetOrCreatePersonAsync(TelegramAlice, "carol", "Carol", null, Ct);

        Assert.Equal(JoinOutcome.Changed, await directory.JoinAsync(alice.Account, null, [SmsBob], Ct));
        Assert.Equal(JoinOutcome.Changed, await directory.JoinAsync(alice.Account, carol.Account, [SmsBob], Ct));
        Assert.Equal(JoinOutcome.NoParty, await directory.JoinAsync(AccountId.Person("pnobody"), bob.Account, [SmsBob], Ct));

        Assert.Equal(bob, await directory.FindByIdentityAsync(SmsBob, Ct));
        Assert.Equal([SmsBob], await directory.IdentitiesOfAsync(bob.Account, Ct));
        Assert.Equal([WebAlice], await directory.IdentitiesOfAsync(alice.Account, Ct));
    }

    [Fact]
    public async Task An_unbound_identity_leads_to_nobody_and_its_phone_number_goes_with_its_last_identity()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        await directory.JoinAsync(alice.Account, null, [SmsBob, WhatsAppBob], Ct);

        Assert.Equal(UnbindOutcome.Unbound, await directory.UnbindIdentityAsync(alice.Account, SmsBob, Ct));
        Assert.Null(await directory.FindByIdentityAsync(SmsBob, Ct));
        Assert.Equal(alice.Account, (await directory.FindByPhoneAsync("+33612345678", Ct))?.Account);

        Assert.Equal(UnbindOutcome.Unbound, await directory.UnbindIdentityAsync(alice.Account, WhatsAppBob, Ct));
        Assert.Null(await directory.FindByPhoneAsync("+33612345678", Ct));
        Assert.Equal([WebAlice], await directory.IdentitiesOfAsync(alice.Account, Ct));

        var again = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);
        Assert.NotEqual(alice.Account, again.Account);
        Assert.Equal(again.Account, (await directory.FindByPhoneAsync("+33612345678", Ct))?.Account);
    }

    [Fact]
    public async Task The_last_identity_and_someone_elses_are_never_unbound()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);

        Assert.Equal(UnbindOutcome.LastIdentity, await directory.UnbindIdentityAsync(alice.Account, WebAlice, Ct));
        Assert.Equal(UnbindOutcome.NotLinked, await directory.UnbindIdentityAsync(alice.Account, SmsBob, Ct));
        Assert.Equal(UnbindOutcome.NotLinked, await directory.UnbindIdentityAsync(alice.Account, TelegramAlice, Ct));

        Assert.Equal(alice, await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Equal(bob, await directory.FindByIdentityAsync(SmsBob, Ct));
    }

    [Fact]
    public async Task Link_codes_are_counted_per_target_up_to_the_maximum_in_a_window()
    {
        var directory = CreateDirectory();
        var window = TimeSpan.FromHours(1);

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await directory.TryCountLinkCodeAsync("+33612345678", 3, window, Now.AddMinutes(i), Ct));
        }

        Assert.False(await directory.TryCountLinkCodeAsync("+33612345678", 3, window, Now.AddMinutes(59), Ct));
        Assert.True(await directory.TryCountLinkCodeAsync("@lea", 3, window, Now.AddMinutes(59), Ct));
        Assert.True(await directory.TryCountLinkCodeAsync("+33612345678", 3, window, Now.AddMinutes(61), Ct));
    }

    [Fact]
    public async Task Twenty_joins_at_once_of_one_identity_to_different_persons_bind_it_once()
    {
        var directory = CreateDirectory();
        var persons = new List<Party>();
        for (var i = 0; i < 20; i++)
        {
            persons.Add(await directory.GetOrCreatePersonAsync(new ChannelIdentity("web", "p" + i), null, "P" + i, null, Ct));
        }

        var outcomes = await Task.WhenAll(persons.Select(p => Task.Run(() => directory.JoinAsync(p.Account, null, [SmsBob], Ct), Ct)));

        Assert.Single(outcomes, o => o == JoinOutcome.Joined);
        var owner = await directory.FindByIdentityAsync(SmsBob, Ct);
        Assert.Equal(1, persons.Sum(p => directory.IdentitiesOfAsync(p.Account, Ct).Result.Count(i => i == SmsBob)));
        Assert.NotNull(owner);
    }
}
