using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Purchases in French, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class FrenchPurchaseTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_achat_demande_la_quantité_la_livraison_et_l_adresse_puis_l_adresse_enregistrée_suffit_en_quatre_échanges(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter un mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            alice: 2
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: à domicile
            bot: Écrivez l'adresse de votre domicile : rue, code postal et ville. [Retour|Annuler]
            alice: 12 rue de la Paix, 75002 Paris
            bot: 2 × mug bleu : 24,00 €, livraison à domicile, 12 rue de la Paix, 75002 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: [Payer]
            bot: Commande DE-3NWNHQ2BJH passée : la somme de 24,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : livraison à domicile, 12 rue de la Paix, 75002 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            = alice 100.00 demoshop 0.00
            shop demoshop: accepted
            alice gets: Demo Shop a accepté votre commande DE-3NWNHQ2BJH : 2 × mug bleu, 24,00 €. Merci ! Vous gagnez 24 points de fidélité.
            = alice 76.00 demoshop 23.76
            shop demoshop: shipped
            alice gets: Votre commande DE-3NWNHQ2BJH chez Demo Shop est en route : livraison à l'adresse 12 rue de la Paix, 75002 Paris.
            # la deuxième fois : acheter, la quantité, l'adresse enregistrée avec le mode, payer
            alice: acheter mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            alice: 1
            bot: 1 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile : 12 rue de la Paix, 75002 Paris|Domicile|Point relais|Retour|Annuler]
            alice: 1
            bot: 1 × mug bleu : 12,00 €, livraison à domicile, 12 rue de la Paix, 75002 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: oui
            bot: Commande DE-GMVLANJSGP passée : la somme de 12,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : livraison à domicile, 12 rue de la Paix, 75002 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            alice: #suivi
            bot: Vos dernières commandes : / • DE-GMVLANJSGP · 1 × mug bleu · 12,00 € · passée, en attente du commerçant (24 novembre) / • DE-3NWNHQ2BJH · 2 × mug bleu · 24,00 € · expédiée (24 novembre)
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_point_relais_se_choisit_près_d_un_code_postal_et_chaque_étape_peut_revenir_ou_changer(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter un t-shirt
            bot: T-shirt Conversational, 19,00 € l'unité. Combien en voulez-vous ? (Il en reste 3.) [1|2|3|Retour|Annuler]
            alice: 1
            bot: 1 × T-shirt Conversational. Comment souhaitez-vous recevoir votre commande ? [Domicile|Travail|Point relais|Retrait en magasin|Consigne|Retour|Annuler]
            alice: en point relais svp
            bot: Près de quel code postal dois-je chercher un point relais ? [Retour|Annuler]
            alice: 7501
            bot: Écrivez un code postal à 5 chiffres, par exemple 75011.
            bot: Près de quel code postal dois-je chercher un point relais ? [Retour|Annuler]
            alice: 13001
            bot: Je ne connais aucun point relais près du 13001. Essayez un autre code postal, ou revenez en arrière pour choisir une autre livraison.
            bot: Près de quel code postal dois-je chercher un point relais ? [Retour|Annuler]
            alice: 75011
            bot: Points relais près du 75011 : / 1. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 2. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris / 3. Librairie du Sentier, 20 rue du Sentier, 75002 Paris [Tabac de la Bastille|Presse Voltaire|Librairie du Sentier|Retour|Annuler]
            alice: retour
            bot: Près de quel code postal dois-je chercher un point relais ? [Retour|Annuler]
            alice: 75002
            bot: Points relais près du 75002 : / 1. Librairie du Sentier, 20 rue du Sentier, 75002 Paris / 2. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 3. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris [Librairie du Sentier|Tabac de la Bastille|Presse Voltaire|Retour|Annuler]
            alice: 1
            bot: 1 × T-shirt Conversational : 19,00 €, retrait au point relais Librairie du Sentier, 20 rue du Sentier, 75002 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: retour
            bot: Points relais près du 75002 : / 1. Librairie du Sentier, 20 rue du Sentier, 75002 Paris / 2. Tabac de la Bastille, 4 rue de la Roquette, 75011 Paris / 3. Presse Voltaire, 120 boulevard Voltaire, 75011 Paris [Librairie du Sentier|Tabac de la Bastille|Presse Voltaire|Retour|Annuler]
            alice: [Librairie du Sentier]
            bot: 1 × T-shirt Conversational : 19,00 €, retrait au point relais Librairie du Sentier, 20 rue du Sentier, 75002 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: [Modifier la quantité]
            bot: T-shirt Conversational, 19,00 € l'unité. Combien en voulez-vous ? (Il en reste 3.) [1|2|3|Retour|Annuler]
            alice: 25
            bot: Merci de répondre par un nombre de 1 à 3.
            bot: T-shirt Conversational, 19,00 € l'unité. Combien en voulez-vous ? (Il en reste 3.) [1|2|3|Retour|Annuler]
            alice: 2
            bot: 2 × T-shirt Conversational : 38,00 €, retrait au point relais Librairie du Sentier, 20 rue du Sentier, 75002 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: [Modifier la livraison]
            bot: 2 × T-shirt Conversational. Comment souhaitez-vous recevoir votre commande ? [Domicile|Travail|Point relais|Retrait en magasin|Consigne|Retour|Annuler]
            alice: en boutique
            bot: 2 × T-shirt Conversational : 38,00 €, retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: #solde
            bot: Votre solde : 100,00 €.
            bot: 2 × T-shirt Conversational : 38,00 €, retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: hein ?
            bot: Désolé, je n'ai pas compris.
            bot: 2 × T-shirt Conversational : 38,00 €, retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: aide
            bot: Répondez par l'un des choix ci-dessous (ou son numéro). Envoyez RETOUR pour revenir à l'étape précédente, ou ANNULER pour arrêter l'achat.
            bot: 2 × T-shirt Conversational : 38,00 €, retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: annuler
            bot: Achat annulé : rien n'a été payé.
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Le_stock_épuisé_entre_le_récapitulatif_et_le_paiement_redemande_la_quantité_sans_rien_payer(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: acheter 3 t-shirts
            bot: 3 × T-shirt Conversational. Comment souhaitez-vous recevoir votre commande ? [Domicile|Travail|Point relais|Retrait en magasin|Consigne|Retour|Annuler]
            bob: dans une consigne
            bot: Près de quel code postal dois-je chercher une consigne ? [Retour|Annuler]
            bob: 75011
            bot: Consignes près du 75011 : / 1. Consigne Nation, 1 place de la Nation, 75011 Paris [Consigne Nation|Retour|Annuler]
            bob: 1
            bot: 3 × T-shirt Conversational : 57,00 €, retrait à la consigne Consigne Nation, 1 place de la Nation, 75011 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: #acheter 2 t-shirts
            bot: 2 × T-shirt Conversational. Comment souhaitez-vous recevoir votre commande ? [Domicile|Travail|Point relais|Retrait en magasin|Consigne|Retour|Annuler]
            alice: [Retrait en magasin]
            bot: 2 × T-shirt Conversational : 38,00 €, retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            alice: oui
            bot: Commande DE-6C8JZTE9GY passée : la somme de 38,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : retrait en magasin, Demo Shop, 10 rue de Rivoli, 75004 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            bob: [Payer]
            bot: Désolé, T-shirt Conversational : il n'en reste qu'un exemplaire.
            bot: T-shirt Conversational, 19,00 € l'unité. Combien en voulez-vous ? (Il en reste 1.) [1|Retour|Annuler]
            bob: 1
            bot: 1 × T-shirt Conversational : 19,00 €, retrait à la consigne Consigne Nation, 1 place de la Nation, 75011 Paris. À régler avec votre solde. Je procède au paiement ? [Payer|Modifier la quantité|Modifier la livraison|Annuler]
            # une minute plus tard, pour que la dernière commande de la boutique soit celle de bob
            wait 1m
            bob: [Payer]
            bot: Commande DE-AUXF2ZT7HG passée : la somme de 19,00 € est mise de côté sur votre solde et sera prélevée quand Demo Shop acceptera la commande. Réception : retrait à la consigne Consigne Nation, 1 place de la Nation, 75011 Paris. Je vous tiens au courant ici ; #suivi vous dit où elle en est.
            shop demoshop: accepted
            bob gets: Demo Shop a accepté votre commande DE-AUXF2ZT7HG : 1 × T-shirt Conversational, 19,00 €. Merci ! Vous gagnez 19 points de fidélité.
            shop demoshop: ready for pickup
            bob gets: Votre commande DE-AUXF2ZT7HG chez Demo Shop vous attend : Consigne Nation, 1 place de la Nation, 75011 Paris.
            shop demoshop: delivered
            bob gets: Votre commande DE-AUXF2ZT7HG chez Demo Shop a été livrée. Bonne journée !
            = bob 81.00 alice 100.00
            carole: acheter un t-shirt
            bot: Désolé, T-shirt Conversational : il n'y en a plus en stock pour le moment.
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_panier_oublié_reçoit_un_seul_rappel_et_continuer_le_reprend(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            # 10 h UTC, 11 h à Paris
            alice: acheter mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            wait 20m
            timers
            alice gets nothing
            wait 15m
            timers
            alice gets: Votre panier chez Demo Shop vous attend toujours : mug bleu. Voulez-vous terminer l'achat ? [Continuer|Annuler]
            wait 2h
            timers
            alice gets nothing
            alice: continuer
            bot: Reprenons votre achat : mug bleu.
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            alice: 1
            bot: 1 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: [Annuler]
            bot: Achat annulé : rien n'a été payé.
            alice: continuer
            bot: Vous n'avez aucun achat en cours. Pour acheter quelque chose, écrivez par exemple : acheter MUG
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_mot_clé_envoyé_par_SMS_au_numéro_court_achète_le_jeu_sur_la_facture_de_téléphone(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            +33612345678@81234: JEU42
            bot: Merci ! Voici votre jeu Space Quest (commande DE-QKV5T6QJTW) : https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / Vous avez payé 2,99 € sur votre facture de téléphone.
            bot: +2 points de fidélité chez Demo Shop (2 au total).
            +33612345678@81234: JEU99
            bot: Je n'ai pas trouvé « JEU99 ». Voici ce que vend Demo Shop : / • GAME42 / JEU42 : Jeu Space Quest · 2,99 € / • MUG : Mug bleu · 12,00 € / • TSHIRT : T-shirt Conversational · 19,00 €
            +33612345678: #suivi
            bot: Votre commande : / • DE-QKV5T6QJTW · 1 × jeu Space Quest · 2,99 € · livrée (24 novembre)
            +33687654321@81234: acheter JEU42
            bot: Merci ! Voici votre jeu Space Quest (commande DE-TA93LQPVKB) : https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / Vous avez payé 2,99 € sur votre facture de téléphone.
            bot: +2 points de fidélité chez Demo Shop (2 au total).
            +33687654321: annuler
            bot: Il n'y a rien à annuler pour le moment.
            alice: bonjour
            bot: Bonjour Alice ! Je peux envoyer de l'argent, transmettre vos dons aux associations, acheter dans les boutiques et afficher votre relevé. Voici ce que je sais faire : / • #envoyer 10EUR @lea : envoyer de l'argent / • #don 5EUR @restosducoeur : faire un don à une association / • #solde : votre solde / • #historique : vos dernières opérations / • acheter MUG : acheter dans une boutique / • #suivi : vos commandes / • annuler : abandonner ce que vous avez commencé / Une autre question ? J'y réponds ou je la transmets à une personne.
            alice: JEU42
            bot: Merci ! Voici votre jeu Space Quest (commande DE-4A5CMKESFY) : https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / Vous avez payé 2,99 € avec votre solde.
            bot: +2 points de fidélité chez Demo Shop (2 au total).
            = alice 97.01
            # a code says nothing of the language: as a first message in the web chat (no phone to hint it), JEU42 is answered in the default language
            bob: JEU42
            bot: Thank you! Order DE-SXFV52BJR5: here is your Space Quest game: https://demoshop.example/download/space-quest?code=SQ-7F3K-92QX / You paid €2.99 from your balance.
            bot: +2 loyalty points at Demo Shop (2 in all).
            = bob 97.01
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task La_FAQ_répond_pendant_un_achat_et_en_dehors_et_annuler_n_a_rien_payé(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: Quels sont les frais de port ?
            bot: La livraison à domicile coûte 4,90 € et en point relais 2,90 € ; elle est offerte dès 40 € d’achat. Le jeu numérique n’a pas de frais d’envoi.
            alice: je veux acheter un mug
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            alice: vous livrez en combien de temps ?
            bot: Les commandes passées avant 14 h un jour ouvré partent le jour même. Comptez 2 à 4 jours ouvrés à domicile, 3 à 5 en point relais. Le jeu JEU42 est envoyé aussitôt dans ce chat.
            bot: Mug bleu, 12,00 € l'unité. Combien en voulez-vous ? [1|2|3|Retour|Annuler]
            alice: 2
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: et la livraison est gratuite ?
            bot: La livraison à domicile coûte 4,90 € et en point relais 2,90 € ; elle est offerte dès 40 € d’achat. Le jeu numérique n’a pas de frais d’envoi.
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: à la maison
            bot: Écrivez l'adresse de votre domicile : rue, code postal et ville. [Retour|Annuler]
            alice: [Annuler]
            bot: Achat annulé : rien n'a été payé.
            alice: j'achète 2 mugs
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: annuler
            bot: Achat annulé : rien n'a été payé.
            alice: annuler
            bot: Il n'y a rien à annuler pour le moment.
            alice: acheter 2 tasses
            bot: Je n'ai pas trouvé « tasses ». Voici ce que vend Demo Shop :
            bot: Quel produit souhaitez-vous ? / 1. Jeu Space Quest · 2,99 € / 2. Mug bleu · 12,00 € / 3. T-shirt Conversational · 19,00 € [Jeu Space Quest · 2,99 €|Mug bleu · 12,00 €|T-shirt Conversational · 19,00 €|Annuler]
            alice: 2
            bot: 2 × mug bleu. Comment souhaitez-vous recevoir votre commande ? [Domicile|Point relais|Retour|Annuler]
            alice: annuler
            bot: Achat annulé : rien n'a été payé.
            = alice 100.00
            """);
}
