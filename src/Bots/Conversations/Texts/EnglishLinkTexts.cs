using Conversational.Commands;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>Linking in English.</summary>
public sealed class EnglishLinkTexts : LinkTexts
{
    public static readonly EnglishLinkTexts Instance = new();

    private EnglishLinkTexts()
        : base(EnglishTexts.Instance)
    {
    }

    public override string ChannelName(string channel) => channel switch
    {
        ChannelIdentity.WebChannel => "the web chat",
        "telegram" => "Telegram",
        ChannelIdentity.SmsChannel => "SMS",
        ChannelIdentity.WhatsAppChannel => "WhatsApp",
        "botframework" => "Teams",
        _ => channel,
    };

    protected override string UnlinkWord => "#unlink";

    public override string CodeSent(string target, int minutes) =>
        $"I sent a 6-digit code to {target}. Type it here within {Number(minutes)} minutes to link it to your wallet.";

    public override string CodeMessage(string code, string requester, int minutes) =>
        $"Code: {code} (valid {Number(minutes)} min). {requester} wants to link this chat to their wallet. Never give it to anyone.";

    public override string Links(IReadOnlyList<string> linked, string unlink) =>
        "Linked to your wallet: " + string.Join(", ", linked) + ".\n"
        + "To link another: #link +33612345678 (or #link telegram @name, #link web name)."
        + (linked.Count > 1 && unlink.Length > 0 ? " To unlink one: " + unlink : "");

    public override string NeedsName(LinkTargetKind kind) => kind == LinkTargetKind.Telegram
        ? "Which Telegram account? Write its username: #link telegram @name"
        : "Which web chat name? Write it: #link web name";

    public override string UnknownTarget(string target) =>
        $"I don't know {target}. It must write to me once first; then ask again.";

    public override string ChannelOff(string target) =>
        $"I can't send a code to {target}: that channel is not connected to this service.";

    public override string NotAPerson(string target) =>
        $"{Capitalized(target)} is a shop or a charity: only a person's own chats can be linked.";

    public override string AlreadyLinked(string target) => $"{Capitalized(target)} is already linked to your wallet.";

    public override string TargetOptedOut(string target) =>
        $"{Capitalized(target)} asked to get no messages from us (STOP), so I can't send it a code. Send START from it first.";

    public override string TooManyCodes(string target) =>
        $"Too many codes were sent to {target} lately. Please try again in an hour.";

    public override string Locked(int minutes) =>
        $"Too many wrong codes: linking is locked for {Number(minutes)} minutes. Nothing was linked.";

    public override string WrongCode(int triesLeft) =>
        triesLeft == 1 ? "That code is not right. 1 try left." : $"That code is not right. {Number(triesLeft)} tries left.";

    public override string CodeExpired(int minutes) =>
        $"That code expired after {Number(minutes)} minutes, and nothing was linked. Send #link again for a new one.";

    public override string NoLinkWaiting =>
        "No link is waiting for a code here. Type the code on the chat that asked for the link.";

    public override string LinkCancelled => "Linking cancelled: the code no longer works.";

    public override string Linked(string target, string undo) =>
        $"Linked: {target} and this chat now share one wallet: the same balance, history and saved addresses."
        + (undo.Length > 0 ? " To undo it: " + undo : "");

    public override string JoinedOther(string target) =>
        $"Linked: this chat now uses the wallet of {target}: its balance, history and saved addresses. This chat's own wallet was empty.";

    public override string BothUsed(string target) =>
        $"Not linked: {target} already has its own wallet with money or movements, and so does this chat. "
        + "I never merge two used wallets; you can keep using them apart.";

    public override string Changed => "Something changed on the other side meanwhile, and nothing was linked. Send #link again.";

    public override string LinkedNotice(string owner) =>
        $"This chat is now linked to the wallet of {owner}. If that is not you, send #unlink here.";

    public override string Unlinked(string what) => $"Unlinked: {what} no longer reaches your wallet.";

    public override string UnlinkedNotice(string owner) =>
        $"This chat is no longer linked to the wallet of {owner}. Your next message here starts a new, empty wallet.";

    public override string LastIdentity => "This is the only chat that reaches your wallet, so it can't be unlinked.";

    public override string NotLinked(string what) => $"{Capitalized(what)} is not linked to your wallet.";

    public override string HandleShown(string? handle) => handle is null
        ? "You have no @name yet. Choose one with #handle and a name: others can then send you money with @name."
        : $"Your name is @{handle}: others send you money with #send 5EUR @{handle}. To change it: #handle and a new name.";

    public override string HandleSet(string handle) => $"Done: your name is @{handle} now. Others send you money with #send 5EUR @{handle}.";

    public override string HandleTaken(string handle) => $"@{handle} is not available. Please choose another name.";

    public override string LanguageShown(Language? preferred) => (preferred switch
    {
        Language.English => "Messages I send you on my own (notices, reminders) are in English.",
        Language.French => "Messages I send you on my own (notices, reminders) are in French.",
        Language.Arabic => "Messages I send you on my own (notices, reminders) are in Arabic.",
        _ => "Messages I send you on my own (notices, reminders) are in the language you last wrote in.",
    }) + " To choose: #language en, fr or ar, or #language auto.";

    public override string LanguageSet =>
        "Done: messages I send you on my own (notices, reminders) will be in English, on all your chats. #language auto undoes it.";

    public override string LanguageAutomatic =>
        "Done: messages I send you on my own will be in the language you last wrote in.";

    public override string Help =>
        "To use one wallet from several chats: #link +33612345678 (or #link telegram @name, #link web name). "
        + "I send a code there; type it here. #unlink undoes it. #handle name sets your @name.";
}
