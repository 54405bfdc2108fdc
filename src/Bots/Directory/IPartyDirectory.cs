using Conversational.Bots.Conversations;
using Conversational.Wallet;

namespace Conversational.Bots.Directory;

/// <summary>
/// Who is who: persons by their channel identities, and persons, charities and merchants by handle and phone
/// number. Creating a person is atomic, so two first messages at once from one identity make one person.
/// </summary>
public interface IPartyDirectory
{
    /// <summary>The person behind a channel identity, created on their first message (with the handle when it is free).</summary>
    /// <param name="identity">The channel identity.</param>
    /// <param name="handle">The handle the person gets if it is free (the web chat name), or null for none.</param>
    /// <param name="displayName">The name to show.</param>
    /// <param name="phoneNumber">The person's phone number in E.164 when the channel is a phone (SMS, WhatsApp).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Party> GetOrCreatePersonAsync(
        ChannelIdentity identity, string? handle, string displayName, string? phoneNumber, CancellationToken cancellationToken = default);

    Task<Party?> FindByIdentityAsync(ChannelIdentity identity, CancellationToken cancellationToken = default);

    /// <summary>A party by handle, in any case, without the @.</summary>
    Task<Party?> FindByHandleAsync(string handle, CancellationToken cancellationToken = default);

    /// <summary>A person by phone number in E.164.</summary>
    Task<Party?> FindByPhoneAsync(string phoneNumber, CancellationToken cancellationToken = default);

    Task<Party?> FindByAccountAsync(AccountId account, CancellationToken cancellationToken = default);

    /// <summary>The channel identities of a person, for messages the service sends on its own.</summary>
    Task<IReadOnlyList<ChannelIdentity>> IdentitiesOfAsync(AccountId person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers a charity or a merchant (or a person with a chosen handle, for demo data) under its handle.
    /// False when the handle belongs to another account; registering the same party again is a success.
    /// </summary>
    Task<bool> RegisterAsync(Party party, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases what identifies a person ("delete my data"): their name, handle, phone number and channel identities. The
    /// account id stays (the ledger keeps its records under it) but leads to nobody; a later message from one of those
    /// identities starts a new person.
    /// </summary>
    Task ForgetPersonAsync(AccountId person, CancellationToken cancellationToken = default);

    /// <summary>Binds a channel identity to an existing person (demo data: the web chat's "alice" is @alice).</summary>
    Task BindIdentityAsync(ChannelIdentity identity, AccountId person, CancellationToken cancellationToken = default);
}
