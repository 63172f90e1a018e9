/**
 * THE built-in bilingual retail vocabulary (English = Spanish), one table for naming and for
 * understanding: the words of kinds of products, parts, materials, scents, option names and values
 * and store-policy words across verticals, never a product, brand or store. Read by
 * retail-vocabulary.ts, which gives imported English categories and option names their Spanish
 * names (naming) and reads a Spanish shopper's words in an English-only catalog (understanding).
 *
 * Syntax: items `english = spanish` separated by `;`, `#` lines are section titles.
 * - `a|b` on either side lists synonyms. Naming uses the first Spanish form; understanding maps
 *   every Spanish form to the English forms in order (the first one the catalog knows is used).
 * - `+` after the Spanish marks an adjective (it follows the noun and agrees with it).
 * - `>` before an item: naming only (option names, sizes, words with a common non-retail sense
 *   such as "cara" or "nuevo", which must not be read back as English product words).
 * - `<` before an item: understanding only (a Spanish synonym or regional word that should not
 *   name anything). Spanish in `<` items is written folded (no accents).
 * Spanish is singular (plurals are derived), except words that only exist in the plural.
 */
export const RETAIL_WORDS = `
# outdoor and sport (understanding)
<tent=tienda de campana; <tent=casa de campana; <sleeping bag=saco de dormir; <sleeping bag=bolsa de dormir;
<sleeping pad=esterilla; <mat=colchoneta; <backpack=mochila; <backpack=morral; <trekking pole=baston de trekking;
<pole=baston; <hiking boot=bota de montana; <hiking boot=bota de senderismo; <boot=bota; <trail shoe=zapatilla de trail;
<running shoe=zapatilla de running; <shoe=zapatilla; <shoe=zapato; <sandal=sandalia; <sock=calcetin; <rain jacket=chaqueta de lluvia;
<rain jacket=chubasquero; <wind shell=cortavientos; <jacket=chaqueta; <coat=abrigo; <vest=chaleco; <fleece=forro polar;
<hoodie=sudadera; <t-shirt|jersey=camiseta; <shirt=camisa; <shorts=pantalon corto; <pants=pantalon; <skirt=falda;
<dress=vestido; <cap=gorra; <hat=gorro; <hat=sombrero; <glove=guante; <scarf=bufanda; <sunglasses=gafas de sol;
<glasses=gafa; <headlamp=linterna frontal; <headlamp=frontal; <flashlight=linterna; <lantern=farol; <stove=hornillo;
<camp stove=cocina de camping; <water filter=filtro de agua; <filter=filtro; <bottle=botella; <bottle=cantimplora;
<thermos=termo; <pump=bomba|inflador; <bike=bicicleta|bici; <water bottle|bottle=bidon; <grinder=molinillo; <helmet=casco; <racket=raqueta; <ball=pelota; <ball=balon; <chair=silla;
<table=mesa; <knife=navaja; <rope=cuerda; <compass=brujula; <bag=bolsa; <wallet=cartera; <suitcase=maleta;
<watch=reloj;
<hoop|basket=canasta; <basketball=basquet|basquetbol|baloncesto; <ankle brace|ankle support|brace=tobillera;
# home, kitchen, electronics (understanding)
<pan=sarten; <pot=olla; <saucepan=cazo; <knife=cuchillo; <mug=taza; <plate=plato; <glass=vaso; <coffee maker=cafetera;
<tea=te|tes; <green tea=te verde|tes verdes; <kettle=tetera; <kettle=hervidor; <blender=batidora; <blender=licuadora; <toaster=tostadora; <oven=horno;
<cutlery=cubierto; <cutting board=tabla de cortar; <lamp=lampara; <cushion=cojin; <blanket=manta; <towel=toalla;
<sheet=sabana; <pillow=almohada; <rug=alfombra; <curtain=cortina; <candle=vela; <headphones=auricular;
<headphones|helmet=casco; <power bank=bateria externa; <power bank=cargador portatil; <phone case=funda de movil;
<phone case=funda para movil; <phone case=funda para el movil; <phone case=funda de telefono; <phone=movil;
<phone=telefono; <screen protector=protector de pantalla; <charging cable=cable de carga; <braided=trenzado+;
<noise cancelling=cancelacion de ruido; <splash resistant=resistente a salpicadura; <splash=salpicadura;
<coffee table=mesa de centro; <side table=mesa auxiliar; <nightstand|bedside table=mesita de noche; <accent chair|armchair|lounge chair|chair=sillon;
<accent chair|armchair|lounge chair|chair=butaca; <floor lamp=lampara de pie; <table lamp=lampara de mesa;
<ceiling lamp|pendant=lampara de techo; <mirror=espejo; <bookcase|bookshelf|shelf=estanteria; <bookcase|bookshelf=libreria;
<shelf=estante; <cushion cover=funda de cojin; <vase=jarron; <velvet=terciopelo; <rattan|wicker=mimbre;
<oak=roble; <walnut=nogal; <marble=marmol; <brass=laton; <linen=lino; <knit=de punto; <assembly=montaje;
<outdoor=exterior; <indoor=interior; <height=altura; <round=redondo+; <round=redonda+; <square=cuadrado+;
<washable|wash=lavar; <water resistant=resistente agua; <width=ancho; <width=anchura;
# sports nutrition (understanding)
<protein powder=proteina en polvo; <plant protein=proteina vegetal; <protein=proteina; <protein shake=batido de proteina;
<pre workout=pre entreno; <pre workout=preentreno; <protein bar=barrita de proteina; <bar=barrita; <creatine=creatina;
<monohydrate=monohidrato; <gummies=gominola; <gummies=gomita; <hydration=hidratacion; <electrolytes=electrolito;
<tablets=pastilla; <amino acids=aminoacido; <energy gel=gel energetico; <shaker=vaso mezclador; <shaker=botella mezcladora;
<shaker=mezclador; <shaker=coctelera; <caffeine free=sin cafeina; <caffeine=cafeina; <calories=caloria;
<vegan=vegano+; <vegan=vegana+; <plant=vegetal; <gluten free=sin gluten; <sugar free=sin azucar; <vanilla=vainilla;
<strawberry=fresa; <flavour|flavor=sabor; <dishwasher=lavavajilla|lavavajillas|lavaplatos|lavatrastes; <tub=bote; <speaker=altavoz; <charger=cargador;
<cable=cable; <case=funda; <keyboard=teclado; <mouse=raton; <screen=pantalla; <battery=bateria; <battery=pila;
# pets, garden, toys, beauty, books (kinds of product only) (understanding)
<dog food=comida para perro; <cat food=comida para gato; <pet food=pienso; <leash=correa; <collar=collar;
<dog bed=cama para perro; <toy=juguete; <cat litter=arena para gato; <bowl=comedero; <pot=maceta; <seed=semilla;
<hose=manguera; <pruners=tijera de podar; <shovel=pala; <rake=rastrillo; <watering can=regadera; <fertilizer=abono;
<fertilizer=fertilizante; <gardening gloves=guante de jardin; <doll=muneca; <plush=peluche; <puzzle=rompecabezas;
<puzzle=puzle; <board game=juego de mesa; <building blocks=bloque de construccion; <toy car=coche de juguete;
<shampoo=champu; <conditioner=acondicionador; <cream=crema; <perfume=perfume; <soap=jabon; <sunscreen=protector solar;
<makeup=maquillaje; <lipstick=pintalabios; <razor=maquinilla de afeitar; <razor=maquinilla; <mascara=mascara de pestanas; <mascara=rimel; <book=libro; <novel=novela; <notebook=cuaderno;
# properties and materials (understanding)
<waterproof=impermeable+; <water resistant=resistente al agua; <ultralight=ultraligero+; <lightweight=ligero+;
<lightweight=liviano+; <breathable=transpirable+; <rechargeable=recargable+; <wireless=inalambrico+; <retractable=retractil+;
<adjustable=ajustable+; <washable=lavable+; <foldable=plegable+; <thermal=termico+; <winter=de invierno; <summer=de verano;
<down=de plumas; <down=pluma; <synthetic=sintetico+; <leather=cuero; <leather=piel; <cotton=algodon; <wool=lana;
<wood=madera; <stainless steel=acero inoxidable; <steel=acero; <aluminium=aluminio; <carbon=carbono; <glass=vidrio;
<ceramic=ceramica; <organic=organico+; <organic=ecologico+; <mens=para hombre; <mens=de hombre; <womens=para mujer;
<womens=de mujer; <kids=infantil+; <road=carretera; <front=delantero+; <rear=trasero+; <kids=para nino; <kids=de nino; <family=familiar+; <mountain=montana;
<hiking=senderismo; <rain=lluvia; <long=largo+; <long=larga+;
# clothing and accessories
shirt=camisa; t-shirt=camiseta; tshirt=camiseta; tee=camiseta; blouse=blusa; sweater=jersey; jumper=jersey;
cardigan=cárdigan; hoodie=sudadera; sweatshirt=sudadera; jacket=chaqueta; coat=abrigo; raincoat=impermeable;
vest=chaleco; dress=vestido; skirt=falda; pants=pantalón; trousers=pantalón; jeans=vaqueros; shorts=pantalón corto;
leggings=mallas; pajamas=pijama; pyjamas=pijama; underwear=ropa interior; bra=sujetador; swimsuit=bañador;
sock=calcetín; tights=medias; glove=guante; scarf=bufanda; hat=sombrero; cap=gorra; beanie=gorro; belt=cinturón;
tie=corbata; suit=traje; uniform=uniforme; apron=delantal; clothing=ropa; apparel=ropa; outerwear=ropa de abrigo;
# shoes and bags
shoe=zapato; sneaker=zapatilla; trainer=zapatilla; boot=bota; sandal=sandalia; slipper=zapatilla de casa;
heel=tacón; loafer=mocasín; footwear=calzado; bag=bolsa; handbag=bolso; backpack=mochila; suitcase=maleta;
luggage=equipaje; wallet=cartera; purse=monedero; tote=bolso; duffel=bolsa de viaje; >pouch=funda; >case=estuche;
# jewellery and accessories
jewelry=joyería; jewellery=joyería; necklace=collar; bracelet=pulsera; ring=anillo; earring=pendiente;
watch=reloj; sunglasses=gafas de sol; glasses=gafas; umbrella=paraguas; keychain=llavero; accessory=accesorio;
# stationery and office
pen=bolígrafo; ballpoint=bolígrafo; pencil=lápiz; marker=rotulador; highlighter=marcador fluorescente;
crayon=cera; eraser=goma de borrar; sharpener=sacapuntas; ruler=regla; notebook=cuaderno; notepad=bloc de notas;
journal=diario; diary=agenda; planner=agenda; calendar=calendario; paper=papel; envelope=sobre; >card=tarjeta;
>greeting=felicitación; postcard=postal; sticker=pegatina; label=etiqueta; folder=carpeta; binder=archivador;
stapler=grapadora; staple=grapa; >clip=clip; tape=cinta; glue=pegamento; scissors=tijeras; ink=tinta;
refill=recambio; cartridge=cartucho; nib=plumín; fountain pen=pluma estilográfica; gel pen=bolígrafo de gel;
sketchbook=cuaderno de dibujo; stationery=papelería; >office=oficina; desk=escritorio; organizer=organizador;
# art and craft
paint=pintura; brush=pincel; canvas=lienzo; easel=caballete; palette=paleta; watercolor=acuarela;
watercolour=acuarela; acrylic=acrílico; charcoal=carboncillo; pastel=pastel; clay=arcilla; yarn=hilo de lana;
thread=hilo; fabric=tela; needle=aguja; bead=cuenta; >craft=manualidad; >art=arte; frame=marco; kit=kit;
# music
guitar=guitarra; bass=bajo; ukulele=ukelele; violin=violín; viola=viola; cello=violonchelo; piano=piano;
keyboard=teclado; synthesizer=sintetizador; drum=tambor; drums=batería; cymbal=platillo; drumstick=baqueta;
drum stick=baqueta; >stick=palo; flute=flauta; clarinet=clarinete; saxophone=saxofón; trumpet=trompeta; trombone=trombón; harmonica=armónica;
microphone=micrófono; amplifier=amplificador; amp=amplificador; pedal=pedal; >effect=efecto; string=cuerda;
>pick=púa; strap=correa; capo=cejilla; tuner=afinador; metronome=metrónomo; stand=soporte; sheet music=partitura;
songbook=cancionero; instrument=instrumento; >music=música; >audio=audio; headphone=auricular; headphones=auriculares;
earbud=auricular; speaker=altavoz; cable=cable; adapter=adaptador; >interface=interfaz; >recording=grabación;
acoustic=acústico+; electric=eléctrico+; classical=clásico+; digital=digital+; wireless=inalámbrico+;
# electronics and computing
phone=teléfono; smartphone=teléfono móvil; tablet=tableta; laptop=portátil; computer=ordenador; monitor=monitor;
screen=pantalla; mouse=ratón; charger=cargador; battery=batería; camera=cámara; lens=objetivo; tripod=trípode;
television=televisor; tv=televisor; console=consola; controller=mando; >game=juego; printer=impresora;
router=router; >drive=disco; memory=memoria; light bulb=bombilla; bulb=bombilla; lamp=lámpara; light=luz;
electronics=electrónica; gadget=aparato; smartwatch=reloj inteligente; power bank=batería externa;
# home, furniture and decor
furniture=mueble; chair=silla; table=mesa; sofa=sofá; couch=sofá; bed=cama; mattress=colchón; shelf=estante;
bookcase=estantería; cabinet=armario; wardrobe=armario; drawer=cajón; dresser=cómoda; stool=taburete;
bench=banco; mirror=espejo; rug=alfombra; carpet=alfombra; curtain=cortina; blind=persiana; cushion=cojín;
pillow=almohada; blanket=manta; throw=manta; duvet=edredón; quilt=colcha; sheet=sábana; bedding=ropa de cama;
towel=toalla; bath=baño; bathroom=baño; candle=vela; vase=jarrón; clock=reloj de pared; basket=cesta; box=caja;
storage=almacenaje; hanger=percha; hook=gancho; decor=decoración; decoration=decoración; >home=hogar;
# kitchen and dining
kitchen=cocina; cookware=menaje; pan=sartén; frying pan=sartén; pot=olla; saucepan=cazo; knife=cuchillo;
fork=tenedor; spoon=cuchara; cutlery=cubertería; plate=plato; bowl=cuenco; cup=taza; mug=taza; glass=vaso;
wine glass=copa; bottle=botella; jar=tarro; kettle=hervidor; teapot=tetera; coffee maker=cafetera; french press=prensa francesa; press=prensa; grinder=molinillo; filter=filtro; dripper=gotero;
blender=batidora; mixer=batidora; toaster=tostadora; oven=horno; microwave=microondas; grill=parrilla;
cutting board=tabla de cortar; tray=bandeja; napkin=servilleta; tablecloth=mantel; container=recipiente;
lunchbox=fiambrera; thermos=termo; dish=plato; dinnerware=vajilla; utensil=utensilio; appliance=electrodoméstico;
# food and drink
food=comida; snack=aperitivo; coffee=café; tea=té; chocolate=chocolate; candy=caramelo; >sweet=dulce; cookie=galleta;
biscuit=galleta; bread=pan; cheese=queso; wine=vino; beer=cerveza; juice=zumo; water=agua; sauce=salsa; spice=especia;
oil=aceite; honey=miel; jam=mermelada; cereal=cereal; pasta=pasta; rice=arroz; nuts=frutos secos; fruit=fruta;
vegetable=verdura; grocery=alimentación; drink=bebida; beverage=bebida;
chamomile=manzanilla; herbal tea=infusión; whole bean=en grano|grano entero; ground=molido+; decaf=descafeinado+;
sachet|tea bag=bolsita; loose leaf=hoja suelta|a granel; refill=recambio|recarga; pouch=bolsita;
# beauty and personal care
shampoo=champú; conditioner=acondicionador; soap=jabón; body wash=gel de ducha; shower gel=gel de ducha;
lotion=loción; cream=crema; moisturizer=crema hidratante; serum=sérum; cleanser=limpiador; toner=tónico;
mask=mascarilla; sunscreen=protector solar; perfume=perfume; fragrance=fragancia; cologne=colonia;
deodorant=desodorante; makeup=maquillaje; lipstick=pintalabios; lip balm=bálsamo labial; mascara=rímel;
eyeliner=delineador; eyeshadow=sombra de ojos; foundation=base de maquillaje; concealer=corrector; blush=colorete;
powder=polvo; nail polish=esmalte de uñas; >hair=pelo; comb=peine; hairbrush=cepillo de pelo;
razor=cuchilla de afeitar; toothbrush=cepillo de dientes; toothpaste=pasta de dientes; skincare=cuidado de la piel;
beauty=belleza; cosmetic=cosmético; >care=cuidado; >body=cuerpo; >face=cara; >lip=labio; >eye=ojo; >scent=aroma;
>shade=tono; >tone=tono; >finish=acabado; bath bomb=bomba de baño;
# health and baby
vitamin=vitamina; supplement=suplemento; medicine=medicamento; bandage=venda; thermometer=termómetro;
first aid=primeros auxilios; health=salud; baby=bebé; diaper=pañal; nappy=pañal; stroller=carrito;
pram=cochecito; crib=cuna; cot=cuna; bib=babero; pacifier=chupete; dummy=chupete; feeding bottle=biberón;
# toys and games
toy=juguete; doll=muñeca; puzzle=puzle; jigsaw=rompecabezas; jigsaw puzzle=rompecabezas; board game=juego de mesa; card game=juego de cartas;
block=bloque; building block=bloque de construcción; plush=peluche; teddy bear=osito de peluche; stuffed animal=peluche;
ball=pelota; kite=cometa; car=coche; truck=camión; train=tren; robot=robot; >figure=figura; action figure=figura de acción;
dollhouse=casa de muñecas; playset=set de juego; costume=disfraz; >party=fiesta; balloon=globo;
# garden and outdoor living
garden=jardín; gardening=jardinería; plant=planta; seed=semilla; flower bulb=bulbo; flower=flor; tree=árbol; soil=tierra;
compost=compost; fertilizer=fertilizante; fertiliser=fertilizante; planter=jardinera; plant pot=maceta; flower pot=maceta;
watering can=regadera; hose=manguera; sprinkler=aspersor; nozzle=boquilla; shovel=pala; spade=pala; rake=rastrillo;
hoe=azada; trowel=paleta de jardín; pruner=tijera de podar; shears=tijeras de podar; wheelbarrow=carretilla;
lawn mower=cortacésped; mower=cortacésped; trimmer=cortabordes; lawn=césped; grass=césped; fence=valla;
greenhouse=invernadero; birdhouse=casita para pájaros; bird feeder=comedero para pájaros; patio=patio;
outdoor=exterior; barbecue=barbacoa; bbq=barbacoa; hammock=hamaca; parasol=sombrilla;
# tools and hardware
tool=herramienta; hammer=martillo; screwdriver=destornillador; wrench=llave inglesa; spanner=llave inglesa;
pliers=alicates; saw=sierra; drill=taladro; drill bit=broca; bit=broca; sander=lijadora; grinder=amoladora;
level=nivel; tape measure=cinta métrica; ladder=escalera; screw=tornillo; nail=clavo; bolt=perno; nut=tuerca;
washer=arandela; anchor=taco; hinge=bisagra; lock=cerradura; padlock|lock=candado; handle=asa;
toolbox=caja de herramientas; workbench=banco de trabajo; paint roller=rodillo;
sandpaper=papel de lija; glue gun=pistola de silicona; flashlight=linterna; torch=linterna; extension cord=alargador;
hardware=ferretería; plumbing=fontanería; pipe=tubo; faucet=grifo; tap=grifo; valve=válvula; switch=interruptor;
socket=enchufe; outlet=enchufe; wire=cable; chain=cadena; rope=cuerda; cordless=inalámbrico+;
# sports and outdoor
>sport=deporte; >sports=deportes; fitness=fitness; yoga=yoga; mat=esterilla; dumbbell=mancuerna; kettlebell=pesa rusa;
bicycle=bicicleta; bike=bicicleta; helmet=casco; racket=raqueta; racquet=raqueta; bat=bate; net=red; goal=portería;
skateboard=monopatín; scooter=patinete; skate=patín; ski=esquí; snowboard=tabla de snowboard; surfboard=tabla de surf;
swimming=natación; goggles=gafas de natación; tent=tienda de campaña; sleeping bag=saco de dormir;
sleeping pad=esterilla; camping=camping; hiking=senderismo; stove=hornillo; lantern=farol; headlamp=linterna frontal;
compass=brújula; fishing=pesca; rod=caña; reel=carrete; bait=cebo; pole=bastón; trekking pole=bastón de trekking;
cooler=nevera portátil; water bottle=botella de agua; binoculars=prismáticos;
# pets
pet=mascota; dog=perro; cat=gato; puppy=cachorro; kitten=gatito; bird=pájaro; fish=pez; leash=correa; collar=collar;
harness=arnés; pet bed=cama para mascotas; dog bed=cama para perro; litter=arena; cat litter=arena para gatos;
aquarium=acuario; cage=jaula; >treat=premio; >chew=mordedor; carrier=transportín; scratcher=rascador; kibble=pienso;
pet food=comida para mascotas; dog food=comida para perros; cat food=comida para gatos;
# books and media
book=libro; novel=novela; cookbook=libro de cocina; comic=cómic; magazine=revista; audiobook=audiolibro;
ebook=libro electrónico; dictionary=diccionario; guide=guía; textbook=libro de texto; poster=póster; >print=lámina;
map=mapa; vinyl=vinilo; >record=disco; film=película; movie=película; >children=niños; >kids=niños; fiction=ficción;
# jewelry and watches (understanding)
<ring=anillo|sortija; <wedding band|band|ring=alianza; <engagement ring=anillo de compromiso; <necklace=collar|gargantilla;
<pendant=colgante; <earring|stud=pendiente|arete|zarcillo; <hoop earring|hoop=aro; <bracelet|bangle=pulsera; <bangle|cuff|bracelet=brazalete;
<pearl=perla; <chain=cadena; <brooch=broche; <cufflinks=gemelo|mancuerna; <jewelry|jewellery=joya|joyeria;
<watch=reloj; <strap|band=correa; <bezel=bisel; <dial=esfera; <sapphire=zafiro; <diamond=diamante; <gemstone|stone=piedra preciosa;
<polishing cloth=pano de pulir; <cleaner=limpiador; <jewelry box|box=joyero;
# party supplies and tableware (understanding)
<balloon=globo|bomba; <party=fiesta; <birthday=cumpleanos; <plate=plato; <napkin=servilleta; <cup|glass=vaso;
<straw=pajita|popote|pitillo|sorbete|caña; <banner=pancarta|banderin|cartel; <garland=guirnalda; <tassel=borla;
<candle=vela; <tablecloth=mantel; <confetti=confeti; <helium tank=bombona de helio|tanque de helio; <helium=helio;
<flute=copa de champan|copa de cava|copa; <cutlery=cubierto; <decoration=decoracion|adorno;
# cycling (understanding)
<bottle cage=portabidon; <dropper post=tija telescopica; <seatpost|seat post=tija; <electronic shifting=cambio electronico;
<derailleur|shifting=cambio; <sealant=liquido tubeless|liquido sellante|sellante; <saddle=sillin; <handlebar=manillar;
<chain lube|lube=lubricante de cadena|lubricante; <ammonia=amoniaco; <mudguard|fender=guardabarros;
# car care (understanding)
<wiper blade|wiper=escobilla|limpiaparabrisas; <washer fluid=liquido limpiaparabrisas; <floor mat|floor liner|mat|liner=alfombrilla;
<wheel|rim=llanta; <tire inflator|inflator=inflador; <tire gauge|pressure gauge|gauge=manometro; <seat cover=funda de asiento|funda para asiento;
<sun shade|shade=parasol; <jump starter=arrancador|arrancador de bateria; <trunk organizer=organizador de maletero;
<dash cam=camara para coche|camara de salpicadero; <torque wrench=llave dinamometrica; <polisher=pulidora; <wax=cera;
<car shampoo=champu para coche|champu para coches; <clay bar=barra de arcilla; <brush=cepillo; <mount|holder=soporte;
<charger=cargador; <car=coche|carro|auto;
# car and travel
tire=neumático; tyre=neumático; wiper=limpiaparabrisas; >seat=asiento; >cover=funda; car mat=alfombrilla; >travel=viaje; car seat=silla de coche;
# materials and properties
wood=madera; wooden=de madera+; metal=metal; steel=acero; stainless steel=acero inoxidable; aluminium=aluminio;
aluminum=aluminio; iron=hierro; copper=cobre; brass=latón; silver=plata; gold=oro; plastic=plástico;
ceramic=cerámica; porcelain=porcelana; stone=piedra; marble=mármol; leather=cuero; cotton=algodón;
wool=lana; linen=lino; silk=seda; denim=tela vaquera; polyester=poliéster; nylon=nailon; rubber=goma;
bamboo=bambú; cork=corcho; cardboard=cartón; foam=espuma; velvet=terciopelo; fleece=forro polar;
waterproof=impermeable+; organic=ecológico+; >natural=natural+; vegan=vegano+; recycled=reciclado+; portable=portátil+;
rechargeable=recargable+; adjustable=ajustable+; foldable=plegable+; >large=grande+; >small=pequeño+; >mini=mini+;
>heavy=pesado+; lightweight=ligero+; >soft=suave+; >hard=duro+; >fine=fino+; extra fine=extrafino+;
>medium=mediano+; >thick=grueso+; >thin=delgado+; >long=largo+; >short=corto+; >new=nuevo+;
>mens=hombre; >men=hombre; >womens=mujer; >women=mujer; >unisex=unisex;
# option names and units
>size=talla; >color=color; >colour=color; >length=longitud; >width=anchura; >height=altura; >depth=profundidad;
>volume=volumen; >capacity=capacidad; >weight=peso; >voltage=voltaje; >power=potencia; >wattage=potencia;
>pieces=piezas; >piece=pieza; >count=unidades; >pack=paquete; pack size=tamaño del paquete; >quantity=cantidad;
>material=material; >style=estilo; >type=tipo; >model=modelo; >flavor=sabor; >flavour=sabor; >format=formato;
>edition=edición; >version=versión; >pattern=estampado; >design=diseño; >fit=corte; >gauge=calibre; >tip=punta;
>point=punta; >grade=grado; >hardness=dureza; >ruling=rayado; >binding=encuadernación; >page=página;
>tuning=afinación; >hand=mano; >handedness=orientación; >set=juego; >bundle=lote; >option=opción; >variant=variante;
# tools and hardware, more
work light=luz de trabajo; drill driver=taladro atornillador; impact driver=atornillador de impacto|llave de impacto;
hammer drill=taladro percutor; circular saw=sierra circular; <jigsaw=sierra de calar; angle grinder=amoladora angular|radial;
laser level=nivel láser; claw hammer=martillo de uña|martillo de carpintero; framing hammer=martillo de encofrador;
sledgehammer=mazo; mallet=maza; torpedo level=nivel torpedo; utility knife=cúter; stud finder=detector de vigas;
wood screw=tornillo para madera; drywall anchor=taco para pladur; wall anchor=taco de pared; work glove=guante de trabajo;
safety glasses=gafas de seguridad; hard hat=casco de obra|casco de seguridad; ear protection=protección auditiva; adjustable wrench=llave ajustable;
combination wrench=llave combinada; socket set=juego de llaves de vaso; allen key|hex key=llave allen;
driver bit|screwdriver bit=punta de atornillar; masonry|concrete=hormigón|mampostería; drywall=pladur;
tool bag=bolsa de herramientas; tool set|tool kit=juego de herramientas; clamp=sargento|abrazadera; chisel=cincel|formón;
file=lima; caulk=masilla; sealant=sellador; paint brush=brocha; battery pack=batería; jump starter=arrancador;
black oxide=óxido negro; titanium=titanio; carbide=carburo; fiberglass|fibreglass=fibra de vidrio; chrome=cromo;
vanadium=vanadio; nitrile=nitrilo; brushless=sin escobillas+; corded=con cable+; magnetic=magnético+;
# beauty and personal care, more
unscented|fragrance free=sin perfume|sin fragancia|sin aroma; sulfate free=sin sulfatos; paraben free=sin parabenos;
mascara=máscara de pestañas; setting powder=polvo fijador; face wash=limpiador facial; hand cream=crema de manos;
body lotion=loción corporal; lip gloss=brillo de labios; dry shampoo=champú en seco; beard oil=aceite para barba;
hair oil=aceite para el pelo; bar soap=pastilla de jabón; after sun=aftersun|after sun; reef safe=seguro para los arrecifes;
eye cream=contorno de ojos; night cream=crema de noche; face mask=mascarilla facial; sheet mask=mascarilla de tela;
primer=prebase; bronzer=bronceador; highlighter=iluminador; brow=ceja; eyelash=pestaña; nail=uña; cotton pad=disco de algodón;
sensitive skin=piel sensible; dry skin=piel seca; oily skin=piel grasa; curly hair=pelo rizado;
# toys and games, more
building set|building kit|construction set=juego de construcción; brick=ladrillo; teddy bear=oso de peluche;
remote control car|rc car=coche teledirigido|coche de control remoto; remote control|rc=teledirigido+;
inline skate=patín en línea; roller skate=patín de ruedas; balance bike=bicicleta sin pedales|bicicleta de equilibrio;
glow in the dark=que brilla en la oscuridad; floor puzzle=puzle de suelo; marble run=circuito de canicas; marble=canica;
play tent=tienda de juegos; wooden toy=juguete de madera; stacking toy=juguete apilable; rattle=sonajero; teether=mordedor;
bath toy=juguete de baño; craft kit=kit de manualidades; science kit=kit de ciencia; magnet=imán; slime=slime;
# animals (toys, prints, pet products)
bear=oso; dinosaur|dino=dinosaurio; sloth=perezoso; unicorn=unicornio; rabbit|bunny=conejo; elephant=elefante;
lion=león; tiger=tigre; horse=caballo; fox=zorro; owl=búho; penguin=pingüino; shark=tiburón; whale=ballena; frog=rana;
# garden, more
potting mix|potting soil=sustrato|tierra para macetas; secateurs|pruner=tijera de podar; raised bed=bancal elevado;
garden glove=guante de jardín; weeder=escardador; pruning saw=serrucho de podar; hedge trimmer=cortasetos;
leaf blower=soplador de hojas; watering wand=lanza de riego; drip irrigation=riego por goteo; mulch=mantillo;
tomato=tomate; herb=hierba aromática; basil=albahaca; lettuce=lechuga; pepper=pimiento; strawberry=fresa;
rust resistant|rustproof=resistente al óxido; sheath|holster=funda;
# scents, flavours and ingredients
lavender=lavanda; eucalyptus=eucalipto; oatmeal|oat=avena; cedar=cedro; sage=salvia; mint|peppermint=menta;
lemon=limón; coconut=coco; >rose=rosa; almond=almendra; aloe=aloe; shea=karité; citrus=cítricos; sandalwood=sándalo;
bergamot=bergamota; vetiver=vetiver; jasmine=jazmín; cherry=cereza; peach=melocotón; orange blossom=azahar;
# colour shades (the basic colours are the engine's colour families)
slate=pizarra; moss=musgo; teal|turquoise=turquesa|verde azulado; lilac=lila; coral=coral; ivory=marfil;
burgundy=burdeos|granate; terracotta=terracota; mustard=mostaza; olive=oliva|verde oliva; sand=arena;
charcoal=gris marengo|antracita; <charcoal=gris carbon; <charcoal|carbon=carbon; rust=óxido; mint green=verde menta; sky blue=azul cielo; forest green=verde bosque;
rear=trasero+; front=delantero+; silver=plateado+; golden=dorado+; dark=oscuro+; brushed=cepillado+; polished=pulido+;
clear|transparent=transparente+; matte=mate+; glossy=brillante+; metallic=metalizado+;
# paper and option values
dotted|dot grid=punteado+; lined|ruled=rayado+; grid|squared=cuadriculado+; blank|plain=liso+; angled=acodado+;
straight=recto+; classic=clásico+; practice=práctica; machine washable=lavable a máquina|lavar a máquina;
hand wash=lavar a mano; machine=máquina; dishwasher safe=apto para lavavajillas; hardcover=tapa dura; paperback=tapa blanda; spiral=espiral;
left handed=zurdo+; right handed=diestro+; >single=individual+; >double=doble+;
# states and conditions shoppers ask about (understanding only: a question's words read in English)
<open=abrir|abro|abre|abres; <opened=abierto+; <worn=puesto+; <used=usado+; <damaged=dañado+|estropeado+;
<sugar=azúcar; <pressure=presión; <included=incluido+; <wheel=rueda; <liquid=líquido; <pump=bomba; <frost=helada|heladas;
# lighting and golf (understanding only: words Spanish shoppers used that the table lacked)
<desk lamp=flexo; <chandelier=lampara de arana; <flush mount=plafon; <sconce=aplique; <shade=pantalla;
<daylight=luz de dia|luz dia; <warm white=luz calida|blanco calido; <cool white=luz fria|blanco frio;
<soft white=blanco suave|luz suave; <cordless=sin cable|sin cables; <dimmable=regulable+;
<dimmer switch|dimmer=interruptor regulador|regulador de luz; <motion sensor=sensor de movimiento;
<light strip|strip=tira led|tira de luz|tira de luces; <spotlight|spot=foco; <wake up light|alarm clock=despertador;
<pathway|path=camino; <chrome=cromado+; <nickel=niquel; <bronze=bronce; <walnut=nogal; <matte=mate+;
<rangefinder=medidor laser|medidor de distancia|medidor de distancia laser|telemetro|medidor;
<divot tool|divot repair tool=arreglapiques; <headcover=funda para la cabeza|funda de cabeza;
<fairway wood=madera de calle; <wedge=cuna; <shaft=varilla; <divider=separador; <rubber=caucho;
<signet ring|signet=sello; <clamp=pinza;
# formal wear and running (understanding only: words Spanish shoppers use for suits and track)
<blazer=americana; <tuxedo=esmoquin|smoking; <bow tie=pajarita|corbatin; <braces|suspenders=tirantes;
<waistcoat|vest=chaleco; <dress shirt=camisa de vestir; <tie bar|tie clip=pasador de corbata|pisacorbata;
<pocket square=panuelo de bolsillo; <overcoat|coat=abrigo; <shoe tree=horma; <patent=charol; <patent=de charol;
<striped|stripe=de rayas|a rayas|rayado+|de barras|a barras; <polka dot=de lunares|de topos; <paisley=de cachemir;
<pleated=plisado+|con pinzas; <knitted|knit=de punto|tejido+; <double-breasted=cruzado+; <pre-tied=ya anudado+|ya hecho+;
<spikes=zapatilla de clavos|zapato de clavos; <singlet=musculosa|camiseta de tirantes|camiseta sin mangas;
<tights=malla; <foam roller=rodillo de espuma|rodillo; <road=asfalto; <citrus=citrico+|citricos;
<electrolyte|electrolytes=electrolito; <heart rate=pulsometro; <starting blocks=tacos de salida;
# football and team sport (understanding only: the regional words of Spain and Latin America)
<cleats|cleat|soccer shoe|football boot|boot=bota de futbol|botin de futbol|zapato de futbol|zapatilla de futbol|guayo|botin|taco|tachon|chimpun|zapato de taco|tenis de futbol;
<shin guards|shin guard|shin pad=espinillera|canillera|tibial|protector de espinilla; <goalkeeper|keeper=portero|arquero|guardameta;
<jersey|shirt=playera|remera|polera|franela|casaca|elastica; <shorts=short|pantaloneta|pantalon de futbol;
<sock|tights=media; <turf|artificial grass=grama sintetica|grama artificial|cesped artificial|cesped sintetico|pasto sintetico|pasto artificial;
<firm ground|natural grass=cesped natural|pasto natural|grama natural; <futsal|indoor=futbol sala|futsal|futbito|microfutbol|futbol de salon;
<goal=arco|porteria|meta; <whistle=silbato|pito; <cone=cono; <agility ladder=escalera de agilidad|escalera de coordinacion;
<armband=brazalete|cinta de capitan|gafete de capitan; <kids|junior|youth|children=para chico|de chico|para nene|para pibe|para chamaco|para peque;
<adult|adults=para adulto|de adulto; <match=de partido|de juego; <home=de local|de casa; <away=de visitante|de visita;
# astronomy and optics (understanding only)
<telescope=telescopio; <eyepiece=ocular; <binoculars=binocular|prismatico|gemelos; <tripod=tripie|tripode;
<mount=montura; <equatorial=ecuatorial+; <reflector=reflector+; <refractor=refractor+; <deep sky=cielo profundo;
<planet|planets=planeta; <star|stars=estrella; <moon|lunar=luna|lunar+; <sun|solar=sol; <eclipse=eclipse;
<computerized|goto=computarizado+|computerizado+|automatico+; <star chart|planisphere=planisferio|carta celeste|mapa estelar|mapa de estrellas;
<headlamp|lamp|flashlight=lampara|lampara frontal|lampara de cabeza; <red light=luz roja; <case=estuche; <padded=acolchado+;
<dew heater|dew=antirrocio|calentador antirrocio; <battery|power tank=bateria|pila; <magnification=aumento|aumentos;
# everyday kinds across Spain and Latin America (understanding only)
<headphones=audifono; <amp|amplifier=ampli|amplificador; <bucket|pail=cubo|balde|cubeta; <tray=bandeja;
<hook=anzuelo|gancho; <cabinet|stand=mueble; <phone=celular;
# baking, pastry and barbering (understanding only: kitchen and salon words of Spain and Latin America;
# words that are also verbs or common words elsewhere, "pesa", "pico", "giratorio", are left out)
<whisk=batidor|batidor de globo|batidor de varillas|batidor manual; <rolling pin=rodillo|palote|bolillo|rodillo de amasar;
<piping bag|pastry bag=manga pastelera|manga|duya de tela; <piping tip|nozzle=boquilla|duya|boquilla de decorar;
<scale=bascula|gramera|balanza; <scraper=rasqueta|raspa|espatula de masa|cornet; <cutter=cortante|cortador|cortapasta;
<cupcake liner|liner|baking cup=capacillo|pirotin|papel para cupcake|molde de papel; <apron=delantal|mandil|pechera;
<oven mitt|mitt|glove=manopla|guante de horno|agarradera|guante para el horno; <baking mat|mat=tapete|tapete de silicon|lamina de silicona|alfombrilla;
<cooling rack|rack=rejilla|rejilla para enfriar; <sprinkles=grageas|chispas de colores|fideos de colores|granillo|confites|sprinkles;
<food coloring|coloring=colorante|colorante alimentario|colorante en gel; <turntable=base giratoria|tornamesa;
<cake pan|pan=molde para pastel|molde para tarta|molde para bizcocho|molde para torta|molde para queque|molde;
<proofing basket|banneton=cesta de fermentacion|banneton|cesto de fermentacion; <feeder=comedero; <drinker=bebedero;
<clipper|clippers=maquina de cortar pelo|maquina para cortar pelo|maquina de pelo|cortapelo|rapadora;
<trimmer=patillera|recortadora|trimmer|perfiladora; <shaver=rasuradora|afeitadora; <razor=navaja de afeitar|navaja de barbero;
<cape=capa|capa de corte|peinador; <barber chair=sillon de barbero|silla de barbero;
# workwear and site safety (understanding only: the words of Spain and Latin America for English listings)
<socket set=juego de dados|juego de copas|juego de vasos; <socket=dado|copa; <ratchet=matraca|carraca|trinquete;
<earmuffs|earmuff=orejera|orejeras|protector auditivo|protectores auditivos; <ear plugs|ear plug=tapon para oidos|tapones para oidos|tapon auditivo;
<safety glasses|glasses=anteojo|lente de seguridad|lentes de seguridad|gafa de seguridad; <anti-fog=antiempanante+|antivaho;
<water jug|jug=termo|garrafa|bidon; <steel toe=casquillo|puntera de acero|punta de acero; <composite toe=puntera de composite;
<knee pads|knee pad=rodillera;
<hi-vis|reflective=reflectante+|reflejante+|de alta visibilidad; <jacket=chamarra|campera|casaca;
goatskin=piel de cabra|cuero de cabra|cabra; cowhide=piel de vaca|cuero de vaca|vaca|vacuno;
<touchscreen=pantalla tactil|tactil; <chin strap=barbiquejo|correa de barbilla; <pocket|pockets=bolsillo;
<hood=capucha; <detachable=desmontable+|removible+|de quitar; <waterproof=impermeable+; <smoke=ahumado+;
# wheeled sports, kites, board and water sports (understanding only: words of Spain and Latin America)
<quad skate|quad|roller skate=patin de cuatro ruedas|patin de 4 ruedas|patin quad|patin de ruedas paralelas|patin tradicional;
<inline skate|inline=patin en linea|roller|patin roller; <bearing=rodamiento|ruleman|balero|rodaje; <wheel=rueda|ruedita;
<wrist guard=muñequera|protector de muneca; <elbow pad=codera; <protective gear|protection|pad=proteccion|protector;
<toe stop=freno de punta|tope de freno; <lace=cordon|agujeta|pasador; <axle=eje; <wrench|tool=llave; <skateboard=patineta|skate;
<kite=cometa|papalote|barrilete|volantin|chiringa|pandorga|papagayo|piscucha|cometin; <stunt kite|stunt=cometa acrobatica|barrilete acrobatico|papalote acrobatico|acrobatico+;
<dual line=de dos lineas|de doble linea; <single line=de una linea|de linea simple; <power kite=cometa de traccion;
<kiteboarding kite=cometa de kite|cometa de kitesurf|kite de kitesurf|ala de kite; <kiteboard|twin tip|board=tabla de kite|tabla de kitesurf|tabla;
<line=hilo|sedal|linea; <spool|winder=carrete|devanador|bobina; <control bar|bar=barra de control|barra;
<waist harness=arnes de cintura; <seat harness=arnes de asiento|arnes con perneras; <harness=arnes;
<wetsuit=traje de neopreno|neopreno|traje de agua; <shorty=neopreno corto|traje corto|shorty; <impact vest=chaleco de impacto;
<life jacket=chaleco salvavidas; <leash=invento|leash|correa; <fin=quilla; <paddle=remo|pala; <paddle board|sup=tabla de paddle|tabla de sup;
<outdoor|street=de calle|para la calle|para calle; <washing machine=lavarropas|lavarropa;
<basketball shoe|shoe=tenis de basquet|tenis de basquetbol|tenis de baloncesto|tenis para basquet;
<skate shoe|shoe=tenis de skate|tenis para patinar;
# policy and service (naming only: these words say what a policy is about)
>returns|return=devolución; >refund=reembolso; >exchange=cambio; >shipping=envío; >delivery=entrega;
>warranty|guarantee=garantía; >payment=pago; >privacy=privacidad; >order=pedido; >purchase=compra;
>business day=día hábil; >product=producto; >item=artículo; power tool=herramienta eléctrica;
hand tool=herramienta manual; lithium-ion battery|lithium battery=batería de litio; >day=día; >week=semana; >month=mes; >year=año; >free=gratis+; >proof of purchase=tique de compra;
`;
