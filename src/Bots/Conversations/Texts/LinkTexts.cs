using Conversational.Commands;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>
/// What linking says (one person on several channels: link codes, unlinking, handles), in one language. Numbers are
/// written by the language's <see cref="ReplyTexts"/>; a phone number stays as written in E.164.
/// </summary>
public abstract class LinkTexts
{
    protected LinkTexts(ReplyTexts replies)
    {
        Replies = replies;
    }

    public static LinkTexts For(Language language) => language switch
    {
        Language.French => FrenchLinkTexts.Instance,
        Language.Arabic => ArabicLinkTexts.Instance,
        _ => EnglishLinkTexts.Instance,
    };

    public ReplyTexts Replies { get; }

    protected string Number(long n) => Replies.Number(n);

    /// <summary>"the web chat", "Telegram", "SMS", "WhatsApp"; other channels by their id.</summary>
    public abstract string ChannelName(string channel);

    /// <summary>One identity as the person knows it: "SMS +33612345678", "the web chat (alice)", "Telegram".</summary>
    public string Describe(ChannelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.PhoneNumber is { } phone ? ChannelName(identity.Channel) + " " + phone
            : identity.Channel == ChannelIdentity.WebChannel ? ChannelName(identity.Channel) + " (" + identity.SenderId + ")"
            : ChannelName(identity.Channel);
    }

    /// <summary>What a link names, as the person wrote it: "+33612345678", "@lea", "Telegram @lea", "the web chat (alice)".</summary>
    public string Target(LinkTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            LinkTargetKind.Phone => target.Value ?? "",
            LinkTargetKind.Handle => "@" + target.Value,
            LinkTargetKind.Telegram => ChannelName("telegram") + (target.Value is null ? "" : " @" + target.Value),
            _ => ChannelName(ChannelIdentity.WebChannel) + (target.Value is null ? "" : " (" + target.Value + ")"),
        };
    }

    /// <summary>"#unlink", "#délier", "فك الربط": the command word of the unlink hints.</summary>
    protected abstract string UnlinkWord { get; }

    /// <summary>Between two commands of a hint: ", " or "، ".</summary>
    protected virtual string Separator => ", ";

    /// <summary>
    /// The commands that undo a link, each one sent as is: "#unlink +33612345678", "#unlink telegram @lea",
    /// "#unlink web alice". A @name names a person rather than one chat, so its hint names the chats it reached.
    /// </summary>
    public string UndoCommands(LinkTarget target, IEnumerable<ChannelIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(identities);
        return target.Kind == LinkTargetKind.Handle || target.Value is null
            ? UnlinkCommands(identities)
            : UnlinkWord + " " + target;
    }

    /// <summary>One unlink command per chat that can be named in one ("#unlink +33612345678", "#unlink web alice",
    /// "#unlink telegram"), joined; an SMS and a WhatsApp of one number share theirs.</summary>
    public string UnlinkCommands(IEnumerable<ChannelIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        return string.Join(Separator, identities.Select(UnlinkCommand).OfType<string>().Distinct(StringComparer.Ordinal));
    }

    private string? UnlinkCommand(ChannelIdentity identity) =>
        identity.PhoneNumber is { } phone ? UnlinkWord + " " + phone
        : identity.Channel == ChannelIdentity.WebChannel && IsName(identity.SenderId) ? UnlinkWord + " web " + identity.SenderId
        : identity.Channel == "telegram" ? UnlinkWord + " telegram"
        : null;

    /// <summary>A web chat name the parser reads after "web": 2 to 32 letters, digits or _.</summary>
    private static bool IsName(string name) =>
        name.Length is >= 2 and <= 32 && name.All(c => char.IsLetter(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>A sentence that opens on a name: "The web chat (alice) is ...", "Le chat web (alice) est ...".</summary>
    protected static string Capitalized(string text) =>
        string.IsNullOrEmpty(text) || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The code as the language writes digits (it is read back in any script).</summary>
    public virtual string Code(string code) => code;

    // Asking for a link
    /// <summary>"I sent a 6-digit code to +33612345678. Type it here within 10 minutes to link it to your wallet."</summary>
    public abstract string CodeSent(string target, int minutes);

    /// <summary>The message carrying the code, to the identity being linked: who asked, and never to share it. Short enough
    /// for one SMS of two segments, accents included.</summary>
    public abstract string CodeMessage(string code, string requester, int minutes);

    /// <summary>"#link" alone: what is linked now, how to link another, and the commands that unlink each chat
    /// (<paramref name="unlink"/>, from <see cref="UnlinkCommands"/>; empty when there is nothing to unlink).</summary>
    public abstract string Links(IReadOnlyList<string> linked, string unlink);

    public abstract string NeedsName(LinkTargetKind kind);

    public abstract string UnknownTarget(string target);

    /// <summary>The target's chats are on a channel this service does not run (no settings for it): no code can reach it.</summary>
    public abstract string ChannelOff(string target);

    public abstract string NotAPerson(string target);

    public abstract string AlreadyLinked(string target);

    public abstract string TargetOptedOut(string target);

    public abstract string TooManyCodes(string target);

    public abstract string Locked(int minutes);

    // Typing the code
    public abstract string WrongCode(int triesLeft);

    public abstract string CodeExpired(int minutes);

    public abstract string NoLinkWaiting { get; }

    public abstract string LinkCancelled { get; }

    /// <summary>"Linked: +33612345678 and this chat now share one wallet... To undo it: #unlink +33612345678"; the hint
    /// (<paramref name="undo"/>, from <see cref="UndoCommands"/>) is left out when empty.</summary>
    public abstract string Linked(string target, string undo);

    /// <summary>This chat's empty wallet gave way to the other side's: "this chat now uses the wallet of ..."</summary>
    public abstract string JoinedOther(string target);

    /// <summary>Both sides already hold money or movements: nothing is merged.</summary>
    public abstract string BothUsed(string target);

    public abstract string Changed { get; }

    /// <summary>To an identity just linked: "This chat is now linked to the wallet of Alice (@alice)..."</summary>
    public abstract string LinkedNotice(string owner);

    // Unlinking
    public abstract string Unlinked(string what);

    /// <summary>To the identity unlinked: "This chat is no longer linked to the wallet of ..."</summary>
    public abstract string UnlinkedNotice(string owner);

    public abstract string LastIdentity { get; }

    public abstract string NotLinked(string what);

    // Handles
    public abstract string HandleShown(string? handle);

    public abstract string HandleSet(string handle);

    public abstract string HandleTaken(string handle);

    // The language of the messages sent on the service's own initiative, on every chat of the person
    /// <summary>What the person chose ("#language" alone), or that it follows their last message when null.</summary>
    public abstract string LanguageShown(Language? preferred);

    /// <summary>Said in the language just chosen.</summary>
    public abstract string LanguageSet { get; }

    public abstract string LanguageAutomatic { get; }

    // Help
    public abstract string Help { get; }
}
