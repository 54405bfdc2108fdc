using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Stores;

/// <summary>
/// The behaviour every <see cref="IPartyDirectory"/> must have, run once per directory by a subclass that says how to
/// create one. Each test uses one directory, created empty (its own keys).
/// </summary>
public abstract class PartyDirectoryContractTests
{
    protected static readonly ChannelIdentity WebAlice = new(ChannelIdentity.WebChannel, "alice");
    protected static readonly ChannelIdentity TelegramAlice = new("telegram", "111222333");
    protected static readonly ChannelIdentity SmsBob = new("sms", "+33612345678");
    protected static readonly Party Shop = new(AccountId.Merchant("shop"), "shop", "The Shop");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty directory.</summary>
    protected abstract IPartyDirectory CreateDirectory();

    [Fact]
    public async Task The_first_message_of_an_identity_creates_a_person_with_a_random_id()
    {
        var directory = CreateDirectory();

        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);

        Assert.Equal(AccountKind.Person, alice.Kind);
        Assert.NotEqual("alice", alice.Account.Name);
        Assert.Equal("alice", alice.Handle);
        Assert.Equal("Alice", alice.DisplayName);
        Assert.Equal(alice, await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Equal(alice, await directory.FindByAccountAsync(alice.Account, Ct));
    }

    [Fact]
    public async Task Later_messages_of_the_identity_find_the_same_person_unchanged()
    {
        var directory = CreateDirectory();
        var first = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);

        var again = await directory.GetOrCreatePersonAsync(SmsBob, "robert", "Robert", "+33700000000", Ct);

        Assert.Equal(first, again);
        Assert.Null(await directory.FindByHandleAsync("robert", Ct));
        Assert.Null(await directory.FindByPhoneAsync("+33700000000", Ct));
        Assert.Equal([SmsBob], await directory.IdentitiesOfAsync(first.Account, Ct));
    }

    [Fact]
    public async Task Twenty_first_messages_at_once_from_one_identity_make_one_person()
    {
        var directory = CreateDirectory();

        var parties = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(
            () => directory.GetOrCreatePersonAsync(TelegramAlice, "alice", "Alice", null, Ct), Ct)));

        var person = Assert.Single(parties.Distinct());
        Assert.Equal("alice", person.Handle);
        Assert.Equal([TelegramAlice], await directory.IdentitiesOfAsync(person.Account, Ct));
        Assert.Equal(person, await directory.FindByHandleAsync("alice", Ct));
    }

    [Fact]
    public async Task Different_identities_make_different_persons()
    {
        var directory = CreateDirectory();

        var alice = await directory.GetOrCreatePersonAsync(WebAlice, null, "Alice", null, Ct);
        var other = await directory.GetOrCreatePersonAsync(TelegramAlice, null, "Alice", null, Ct);

        Assert.NotEqual(alice.Account, other.Account);
    }

    [Fact]
    public async Task A_person_whose_handle_is_taken_is_created_without_one()
    {
        var directory = CreateDirectory();
        Assert.True(await directory.RegisterAsync(Shop, Ct));
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);

        var impostor = await directory.GetOrCreatePersonAsync(new ChannelIdentity("web", "shop"), "Shop", "Not the shop", null, Ct);
        var second = await directory.GetOrCreatePersonAsync(TelegramAlice, "ALICE", "Alice again", null, Ct);

        Assert.Null(impostor.Handle);
        Assert.Null(second.Handle);
        Assert.Equal(Shop, await directory.FindByHandleAsync("shop", Ct));
        Assert.Equal(alice, await directory.FindByHandleAsync("alice", Ct));
        Assert.Equal(impostor, await directory.FindByIdentityAsync(new ChannelIdentity("web", "shop"), Ct));
    }

    [Fact]
    public async Task Handles_are_kept_lower_case_and_found_in_any_case()
    {
        var directory = CreateDirectory();

        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "Alice", "Alice", null, Ct);
        Assert.True(await directory.RegisterAsync(new Party(AccountId.Charity("restos"), "RestosDuCoeur", "Les Restos du Cœur"), Ct));

        Assert.Equal("alice", alice.Handle);
        Assert.Equal(alice, await directory.FindByHandleAsync("ALICE", Ct));
        Assert.Equal(alice, await directory.FindByHandleAsync("alice", Ct));
        var restos = await directory.FindByHandleAsync("restosducoeur", Ct);
        Assert.Equal("restosducoeur", restos?.Handle);
        Assert.Equal(restos, await directory.FindByAccountAsync(AccountId.Charity("restos"), Ct));
    }

    [Fact]
    public async Task A_person_is_found_by_phone_number_and_a_phone_number_stays_with_its_first_person()
    {
        var directory = CreateDirectory();
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", "+33612345678", Ct);

        var whatsapp = await directory.GetOrCreatePersonAsync(new ChannelIdentity("whatsapp", "+33612345678"), null, "Bob", "+33612345678", Ct);

        Assert.NotEqual(bob.Account, whatsapp.Account);
        Assert.Equal(bob, await directory.FindByPhoneAsync("+33612345678", Ct));
        Assert.Null(await directory.FindByPhoneAsync("+33700000000", Ct));
    }

    [Fact]
    public async Task Unknown_identities_handles_phones_and_accounts_find_nobody()
    {
        var directory = CreateDirectory();

        Assert.Null(await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Null(await directory.FindByHandleAsync("alice", Ct));
        Assert.Null(await directory.FindByPhoneAsync("+33612345678", Ct));
        Assert.Null(await directory.FindByAccountAsync(AccountId.Person("nobody"), Ct));
        Assert.Empty(await directory.IdentitiesOfAsync(AccountId.Person("nobody"), Ct));
    }

    [Fact]
    public async Task Registering_a_handle_that_belongs_to_another_account_is_refused_and_changes_nothing()
    {
        var directory = CreateDirectory();
        Assert.True(await directory.RegisterAsync(Shop, Ct));
        var rival = new Party(AccountId.Merchant("rival"), "SHOP", "Rival");

        Assert.False(await directory.RegisterAsync(rival, Ct));

        Assert.Equal(Shop, await directory.FindByHandleAsync("shop", Ct));
        Assert.Null(await directory.FindByAccountAsync(rival.Account, Ct));
    }

    [Fact]
    public async Task Registering_the_same_party_again_succeeds_and_may_change_its_name()
    {
        var directory = CreateDirectory();
        Assert.True(await directory.RegisterAsync(Shop, Ct));

        Assert.True(await directory.RegisterAsync(Shop, Ct));
        Assert.True(await directory.RegisterAsync(Shop with { DisplayName = "The Shop Ltd" }, Ct));

        Assert.Equal(Shop with { DisplayName = "The Shop Ltd" }, await directory.FindByHandleAsync("shop", Ct));
    }

    [Fact]
    public async Task A_party_that_changes_handle_frees_the_old_one()
    {
        var directory = CreateDirectory();
        Assert.True(await directory.RegisterAsync(Shop, Ct));

        Assert.True(await directory.RegisterAsync(Shop with { Handle = "Boutique" }, Ct));

        Assert.Null(await directory.FindByHandleAsync("shop", Ct));
        Assert.Equal(Shop with { Handle = "boutique" }, await directory.FindByHandleAsync("boutique", Ct));
        var other = new Party(AccountId.Merchant("other"), "shop", "Other");
        Assert.True(await directory.RegisterAsync(other, Ct));
        Assert.Equal(other, await directory.FindByHandleAsync("shop", Ct));
    }

    [Fact]
    public async Task A_party_registered_without_a_handle_loses_its_old_one()
    {
        var directory = CreateDirectory();
        Assert.True(await directory.RegisterAsync(Shop, Ct));

        Assert.True(await directory.RegisterAsync(Shop with { Handle = null }, Ct));

        Assert.Null(await directory.FindByHandleAsync("shop", Ct));
        Assert.Equal(Shop with { Handle = null }, await directory.FindByAccountAsync(Shop.Account, Ct));
    }

    [Fact]
    public async Task Identities_of_a_person_are_listed_in_the_order_they_were_bound()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct);
        var colons = new ChannelIdentity("teams", "29:1a2b:c3");

        await directory.BindIdentityAsync(TelegramAlice, alice.Account, Ct);
        await directory.BindIdentityAsync(colons, alice.Account, Ct);

        Assert.Equal([WebAlice, TelegramAlice, colons], await directory.IdentitiesOfAsync(alice.Account, Ct));
        Assert.Equal(alice, await directory.FindByIdentityAsync(colons, Ct));
    }

    [Fact]
    public async Task Binding_an_identity_already_bound_keeps_its_first_person()
    {
        var directory = CreateDirectory();
        var alice = await directory.GetOrCreatePersonAsync(WebAlice, null, "Alice", null, Ct);
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, null, "Bob", null, Ct);

        await directory.BindIdentityAsync(WebAlice, bob.Account, Ct);
        await directory.BindIdentityAsync(WebAlice, alice.Account, Ct);

        Assert.Equal(alice, await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Equal([WebAlice], await directory.IdentitiesOfAsync(alice.Account, Ct));
        Assert.Equal([SmsBob], await directory.IdentitiesOfAsync(bob.Account, Ct));
    }

    [Fact]
    public async Task A_registered_person_can_be_given_an_identity_and_is_then_found_by_it()
    {
        var directory = CreateDirectory();
        var alice = new Party(AccountId.Person("alice"), "alice", "Alice");
        Assert.True(await directory.RegisterAsync(alice, Ct));

        await directory.BindIdentityAsync(WebAlice, alice.Account, Ct);

        Assert.Equal(alice, await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Equal(alice, await directory.GetOrCreatePersonAsync(WebAlice, "alice", "Alice", null, Ct));
    }

    [Fact]
    public async Task Binding_an_identity_to_an_unknown_party_throws_and_binds_nothing()
    {
        var directory = CreateDirectory();

        await Assert.ThrowsAsync<InvalidOperationException>(() => directory.BindIdentityAsync(WebAlice, AccountId.Person("ghost"), Ct));

        Assert.Null(await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Empty(await directory.IdentitiesOfAsync(AccountId.Person("ghost"), Ct));
    }

    [Fact]
    public async Task A_forgotten_person_is_found_by_nothing_and_their_identity_starts_someone_new()
    {
        var directory = CreateDirectory();
        var bob = await directory.GetOrCreatePersonAsync(SmsBob, "bob", "Bob", "+33612345678", Ct);
        await directory.BindIdentityAsync(WebAlice, bob.Account, Ct);

        await directory.ForgetPersonAsync(bob.Account, Ct);

        Assert.Null(await directory.FindByHandleAsync("bob", Ct));
        Assert.Null(await directory.FindByPhoneAsync("+33612345678", Ct));
        Assert.Null(await directory.FindByIdentityAsync(SmsBob, Ct));
        Assert.Null(await directory.FindByIdentityAsync(WebAlice, Ct));
        Assert.Empty(await directory.IdentitiesOfAsync(bob.Account, Ct));
        Assert.Equal(new Party(bob.Account, null, Party.ForgottenName), await directory.FindByAccountAsync(bob.Account, Ct));
        var again = await directory.GetOrCreatePersonAsync(SmsBob, "bob", "Bob", "+33612345678", Ct);
        Assert.NotEqual(bob.Account, again.Account);
        Assert.Equal("bob", again.Handle);
    }
}
