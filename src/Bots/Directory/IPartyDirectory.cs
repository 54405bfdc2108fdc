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

    /// <summary>
    /// Links channel identities to a person, in one atomic step. With <paramref name="from"/> null, each identity must
    /// be bound to nobody; it is bound to <paramref name="into"/>, and a phone identity's number leads to
    /// <paramref name="into"/> when it led to nobody. With <paramref name="from"/> set, each identity must be bound to
    /// <paramref name="from"/>, and the whole of <paramref name="from"/> joins <paramref name="into"/>: every identity,
    /// the phone numbers that led to it, and its handle when <paramref name="into"/> has none (else the handle is
    /// freed, so that money sent to it never reaches an account nobody can use). The caller checks beforehand that
    /// <paramref name="from"/>'s wallet is empty: the directory moves identities, never money.
    /// </summary>
    Task<JoinOutcome> JoinAsync(
        AccountId into, AccountId? from, IReadOnlyList<ChannelIdentity> identities, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a channel identity from a person, unless it is their last one. A phone number no other identity of the
    /// person carries stops leading to them (money sent to it then waits for whoever writes from it next).
    /// </summary>
    Task<UnbindOutcome> UnbindIdentityAsync(AccountId person, ChannelIdentity identity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one link code sent to <paramref name="target"/> (a phone number, a handle, a web name) in a window that
    /// starts with the first code; false, and nothing counted, when <paramref name="max"/> were already sent in it.
    /// Keeps anyone from flooding a number with codes from many throwaway identities.
    /// </summary>
    Task<bool> TryCountLinkCodeAsync(string target, int max, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default);
}
