using Conversational.Commands;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>Linking in French (no-break spaces before « : ? ! » as the other French texts write them).</summary>
public sealed class FrenchLinkTexts : LinkTexts
{
    public static readonly FrenchLinkTexts Instance = new();

    private FrenchLinkTexts()
        : base(FrenchTexts.Instance)
    {
    }

    public override string ChannelName(string channel) => channel switch
    {
        ChannelIdentity.WebChannel => "le chat web",
        "telegram" => "Telegram",
        ChannelIdentity.SmsChannel => "SMS",
        ChannelIdentity.WhatsAppChannel => "WhatsApp",
        "botframework" => "Teams",
        _ => channel,
    };

    protected override string UnlinkWord => "#délier";

    /// <summary>"à @lea", "au +33612345678" (au numéro), "au chat web (alice)": never "à le".</summary>
    private static string To(string target) =>
        target.StartsWith("le ", StringComparison.Ordinal) ? "au " + target[3..]
        : target.StartsWith('+') ? "au " + target
        : "à " + target;

    public override string CodeSent(string target, int minutes) =>
        $"J'ai envoyé un code à 6 chiffres {To(target)}. Tapez-le ici dans les {Number(minutes)} minutes pour le lier à votre porte-monnaie.";

    public override string CodeMessage(string code, string requester, int minutes) =>
        $"Code\u00A0: {code} ({Number(minutes)}\u00A0min). {requester} veut lier cette conversation à son porte-monnaie. "
        + "Ne le donnez à personne.";

    public override string Links(IReadOnlyList<string> linked, string unlink) =>
        "Liés à votre porte-monnaie\u00A0: " + string.Join(", ", linked) + ".\n"
        + "Pour en lier un autre\u00A0: #lier 06 12 34 56 78 (ou #lier telegram @nom, #lier web nom)."
        + (linked.Count > 1 && unlink.Length > 0 ? " Pour en délier un\u00A0: " + unlink : "");

    public override string NeedsName(LinkTargetKind kind) => kind == LinkTargetKind.Telegram
        ? "Quel compte Telegram\u00A0? Écrivez son nom d'utilisateur\u00A0: #lier telegram @nom"
        : "Quel nom sur le chat web\u00A0? Écrivez-le\u00A0: #lier web nom";

    public override string UnknownTarget(string target) =>
        $"Je ne connais pas {target}. Il doit d'abord m'écrire une fois, puis redemandez.";

    public override string ChannelOff(string target) =>
        $"Je ne peux pas envoyer de code {To(target)}\u00A0: ce canal n'est pas relié à ce service.";

    public override string NotAPerson(string target) =>
        $"{Capitalized(target)} est une boutique ou une association\u00A0: seules les conversations d'une personne peuvent être liées.";

    public override string AlreadyLinked(string target) => $"{Capitalized(target)} est déjà lié à votre porte-monnaie.";

    public override string TargetOptedOut(string target) =>
        $"{Capitalized(target)} a demandé à ne plus recevoir de messages (STOP), je ne peux donc pas lui envoyer de code. Envoyez d'abord START depuis ce numéro.";

    public override string TooManyCodes(string target) =>
        $"Trop de codes ont été envoyés {To(target)} récemment. Réessayez dans une heure.";

    public override string Locked(int minutes) =>
        $"Trop de codes erronés\u00A0: la liaison est bloquée pendant {Number(minutes)} minutes. Rien n'a été lié.";

    public override string WrongCode(int triesLeft) =>
        triesLeft == 1 ? "Ce code n'est pas le bon. Il reste 1 essai." : $"Ce code n'est pas le bon. Il reste {Number(triesLeft)} essais.";

    public override string CodeExpired(int minutes) =>
        $"Ce code a expiré au bout de {Number(minutes)} minutes et rien n'a été lié. Envoyez de nouveau #lier pour en recevoir un autre.";

    public override string NoLinkWaiting =>
        "Aucune liaison n'attend de code ici. Tapez le code dans la conversation qui a demandé la liaison.";

    public override string LinkCancelled => "Liaison annulée\u00A0: le code ne fonctionne plus.";

    public override string Linked(string target, string undo) =>
        $"C'est lié\u00A0: {target} et cette conversation partagent désormais un seul porte-monnaie\u00A0: même solde, même historique, "
        + "mêmes adresses enregistrées." + (undo.Length > 0 ? " Pour annuler\u00A0: " + undo : "");

    public override string JoinedOther(string target) =>
        $"C'est lié\u00A0: cette conversation utilise désormais le porte-monnaie de {target}\u00A0: son solde, son historique et ses adresses. "
        + "Le porte-monnaie propre à cette conversation était vide.";

    public override string BothUsed(string target) =>
        $"Pas de liaison\u00A0: {target} a déjà son propre porte-monnaie avec de l'argent ou des mouvements, et cette conversation aussi. "
        + "Je ne fusionne jamais deux porte-monnaie utilisés\u00A0; vous pouvez continuer à les utiliser séparément.";

    public override string Changed => "Quelque chose a changé de l'autre côté entre-temps, et rien n'a été lié. Envoyez de nouveau #lier.";

    public override string LinkedNotice(string owner) =>
        $"Cette conversation est désormais liée au porte-monnaie {FrenchTexts.Of(owner)}. Si ce n'est pas vous, envoyez #délier ici.";

    public override string Unlinked(string what) => $"C'est délié\u00A0: {what} n'accède plus à votre porte-monnaie.";

    public override string UnlinkedNotice(string owner) =>
        $"Cette conversation n'est plus liée au porte-monnaie {FrenchTexts.Of(owner)}. Votre prochain message ici ouvrira un nouveau porte-monnaie, vide.";

    public override string LastIdentity => "C'est la seule conversation qui accède à votre porte-monnaie\u00A0: elle ne peut pas être déliée.";

    public override string NotLinked(string what) => $"{Capitalized(what)} n'est pas lié à votre porte-monnaie.";

    public override string HandleShown(string? handle) => handle is null
        ? "Vous n'avez pas encore de @nom. Choisissez-en un avec #pseudo et un nom\u00A0: on pourra alors vous envoyer de l'argent avec @nom."
        : $"Votre nom est @{handle}\u00A0: on vous envoie de l'argent avec #envoyer 5€ @{handle}. Pour le changer\u00A0: #pseudo et un nouveau nom.";

    public override string HandleSet(string handle) =>
        $"C'est fait\u00A0: votre nom est désormais @{handle}. On vous envoie de l'argent avec #envoyer 5€ @{handle}.";

    public override string HandleTaken(string handle) => $"@{handle} n'est pas disponible. Choisissez un autre nom.";

    public override string LanguageShown(Language? preferred) => (preferred switch
    {
        Language.English => "Les messages que je vous envoie de moi-même (avis, rappels) sont en anglais.",
        Language.French => "Les messages que je vous envoie de moi-même (avis, rappels) sont en français.",
        Language.Arabic => "Les messages que je vous envoie de moi-même (avis, rappels) sont en arabe.",
        _ => "Les messages que je vous envoie de moi-même (avis, rappels) sont dans la langue de votre dernier message.",
    }) + " Pour choisir\u00A0: #langue fr, en ou ar, ou #langue auto.";

    public override string LanguageSet =>
        "C'est fait\u00A0: les messages que je vous envoie de moi-même (avis, rappels) seront en français, sur toutes vos conversations. "
        + "#langue auto pour annuler.";

    public override string LanguageAutomatic =>
        "C'est fait\u00A0: les messages que je vous envoie de moi-même seront dans la langue de votre dernier message.";

    public override string Help =>
        "Pour utiliser un seul porte-monnaie depuis plusieurs conversations\u00A0: #lier 06 12 34 56 78 (ou #lier telegram @nom, #lier web nom). "
        + "J'y envoie un code\u00A0; tapez-le ici. #délier annule. #pseudo nom choisit votre @nom.";
}
