/**
 * General retail vocabulary, English = Spanish, singular, across verticals: the words of kinds of
 * products, parts, materials and option names, never a product, brand or store. It gives imported
 * English categories and option names their Spanish names offline. `+` marks an adjective (it
 * follows the noun in Spanish and agrees with it).
 */
export const RETAIL_WORDS = `
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
luggage=equipaje; wallet=cartera; purse=monedero; tote=bolso; duffel=bolsa de viaje; pouch=funda; case=estuche;
# jewellery and accessories
jewelry=joyería; jewellery=joyería; necklace=collar; bracelet=pulsera; ring=anillo; earring=pendiente;
watch=reloj; sunglasses=gafas de sol; glasses=gafas; umbrella=paraguas; keychain=llavero; accessory=accesorio;
# stationery and office
pen=bolígrafo; ballpoint=bolígrafo; pencil=lápiz; marker=rotulador; highlighter=marcador fluorescente;
crayon=cera; eraser=goma de borrar; sharpener=sacapuntas; ruler=regla; notebook=cuaderno; notepad=bloc de notas;
journal=diario; diary=agenda; planner=agenda; calendar=calendario; paper=papel; envelope=sobre; card=tarjeta;
greeting=felicitación; postcard=postal; sticker=pegatina; label=etiqueta; folder=carpeta; binder=archivador;
stapler=grapadora; staple=grapa; clip=clip; tape=cinta; glue=pegamento; scissors=tijeras; ink=tinta;
refill=recambio; cartridge=cartucho; nib=plumín; fountain pen=pluma estilográfica; gel pen=bolígrafo de gel;
sketchbook=cuaderno de dibujo; stationery=papelería; office=oficina; desk=escritorio; organizer=organizador;
# art and craft
paint=pintura; brush=pincel; canvas=lienzo; easel=caballete; palette=paleta; watercolor=acuarela;
watercolour=acuarela; acrylic=acrílico; charcoal=carboncillo; pastel=pastel; clay=arcilla; yarn=hilo de lana;
thread=hilo; fabric=tela; needle=aguja; bead=cuenta; craft=manualidad; art=arte; frame=marco; kit=kit;
# music
guitar=guitarra; bass=bajo; ukulele=ukelele; violin=violín; viola=viola; cello=violonchelo; piano=piano;
keyboard=teclado; synthesizer=sintetizador; drum=tambor; drums=batería; cymbal=platillo; drumstick=baqueta;
drum stick=baqueta; stick=palo; flute=flauta; clarinet=clarinete; saxophone=saxofón; trumpet=trompeta; trombone=trombón; harmonica=armónica;
microphone=micrófono; amplifier=amplificador; amp=amplificador; pedal=pedal; effect=efecto; string=cuerda;
pick=púa; strap=correa; capo=cejilla; tuner=afinador; metronome=metrónomo; stand=soporte; sheet music=partitura;
songbook=cancionero; instrument=instrumento; music=música; audio=audio; headphone=auricular; headphones=auriculares;
earbud=auricular; speaker=altavoz; cable=cable; adapter=adaptador; interface=interfaz; recording=grabación;
acoustic=acústico+; electric=eléctrico+; classical=clásico+; digital=digital+; wireless=inalámbrico+;
# electronics and computing
phone=teléfono; smartphone=teléfono móvil; tablet=tableta; laptop=portátil; computer=ordenador; monitor=monitor;
screen=pantalla; mouse=ratón; charger=cargador; battery=batería; camera=cámara; lens=objetivo; tripod=trípode;
television=televisor; tv=televisor; console=consola; controller=mando; game=juego; printer=impresora;
router=router; drive=disco; memory=memoria; light bulb=bombilla; bulb=bombilla; lamp=lámpara; light=luz;
electronics=electrónica; gadget=aparato; smartwatch=reloj inteligente; power bank=batería externa;
# home, furniture and decor
furniture=mueble; chair=silla; table=mesa; sofa=sofá; couch=sofá; bed=cama; mattress=colchón; shelf=estante;
bookcase=estantería; cabinet=armario; wardrobe=armario; drawer=cajón; dresser=cómoda; stool=taburete;
bench=banco; mirror=espejo; rug=alfombra; carpet=alfombra; curtain=cortina; blind=persiana; cushion=cojín;
pillow=almohada; blanket=manta; throw=manta; duvet=edredón; quilt=colcha; sheet=sábana; bedding=ropa de cama;
towel=toalla; bath=baño; bathroom=baño; candle=vela; vase=jarrón; clock=reloj de pared; basket=cesta; box=caja;
storage=almacenaje; hanger=percha; hook=gancho; decor=decoración; decoration=decoración; home=hogar;
# kitchen and dining
kitchen=cocina; cookware=menaje; pan=sartén; frying pan=sartén; pot=olla; saucepan=cazo; knife=cuchillo;
fork=tenedor; spoon=cuchara; cutlery=cubertería; plate=plato; bowl=cuenco; cup=taza; mug=taza; glass=vaso;
wine glass=copa; bottle=botella; jar=tarro; kettle=hervidor; teapot=tetera; coffee maker=cafetera;
blender=batidora; mixer=batidora; toaster=tostadora; oven=horno; microwave=microondas; grill=parrilla;
cutting board=tabla de cortar; tray=bandeja; napkin=servilleta; tablecloth=mantel; container=recipiente;
lunchbox=fiambrera; thermos=termo; dish=plato; dinnerware=vajilla; utensil=utensilio; appliance=electrodoméstico;
# food and drink
food=comida; snack=aperitivo; coffee=café; tea=té; chocolate=chocolate; candy=caramelo; sweet=dulce; cookie=galleta;
biscuit=galleta; bread=pan; cheese=queso; wine=vino; beer=cerveza; juice=zumo; water=agua; sauce=salsa; spice=especia;
oil=aceite; honey=miel; jam=mermelada; cereal=cereal; pasta=pasta; rice=arroz; nuts=frutos secos; fruit=fruta;
vegetable=verdura; grocery=alimentación; drink=bebida; beverage=bebida;
# beauty and personal care
shampoo=champú; conditioner=acondicionador; soap=jabón; body wash=gel de ducha; shower gel=gel de ducha;
lotion=loción; cream=crema; moisturizer=crema hidratante; serum=sérum; cleanser=limpiador; toner=tónico;
mask=mascarilla; sunscreen=protector solar; perfume=perfume; fragrance=fragancia; cologne=colonia;
deodorant=desodorante; makeup=maquillaje; lipstick=pintalabios; lip balm=bálsamo labial; mascara=rímel;
eyeliner=delineador; eyeshadow=sombra de ojos; foundation=base de maquillaje; concealer=corrector; blush=colorete;
powder=polvo; nail polish=esmalte de uñas; hair=pelo; comb=peine; hairbrush=cepillo de pelo;
razor=cuchilla de afeitar; toothbrush=cepillo de dientes; toothpaste=pasta de dientes; skincare=cuidado de la piel;
beauty=belleza; cosmetic=cosmético; care=cuidado; body=cuerpo; face=cara; lip=labio; eye=ojo; scent=aroma;
shade=tono; tone=tono; finish=acabado; bath bomb=bomba de baño;
# health and baby
vitamin=vitamina; supplement=suplemento; medicine=medicamento; bandage=venda; thermometer=termómetro;
first aid=primeros auxilios; health=salud; baby=bebé; diaper=pañal; nappy=pañal; stroller=carrito;
pram=cochecito; crib=cuna; cot=cuna; bib=babero; pacifier=chupete; dummy=chupete; feeding bottle=biberón;
# toys and games
toy=juguete; doll=muñeca; puzzle=puzle; jigsaw=rompecabezas; jigsaw puzzle=rompecabezas; board game=juego de mesa; card game=juego de cartas;
block=bloque; building block=bloque de construcción; plush=peluche; teddy bear=osito de peluche; stuffed animal=peluche;
ball=pelota; kite=cometa; car=coche; truck=camión; train=tren; robot=robot; figure=figura; action figure=figura de acción;
dollhouse=casa de muñecas; playset=set de juego; costume=disfraz; party=fiesta; balloon=globo;
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
washer=arandela; anchor=taco; hinge=bisagra; lock=cerradura; padlock=candado; handle=asa;
toolbox=caja de herramientas; workbench=banco de trabajo; paint roller=rodillo;
sandpaper=papel de lija; glue gun=pistola de silicona; flashlight=linterna; torch=linterna; extension cord=alargador;
hardware=ferretería; plumbing=fontanería; pipe=tubo; faucet=grifo; tap=grifo; valve=válvula; switch=interruptor;
socket=enchufe; outlet=enchufe; wire=cable; chain=cadena; rope=cuerda; cordless=inalámbrico+;
# sports and outdoor
sport=deporte; sports=deportes; fitness=fitness; yoga=yoga; mat=esterilla; dumbbell=mancuerna; kettlebell=pesa rusa;
bicycle=bicicleta; bike=bicicleta; helmet=casco; racket=raqueta; racquet=raqueta; bat=bate; net=red; goal=portería;
skateboard=monopatín; scooter=patinete; skate=patín; ski=esquí; snowboard=tabla de snowboard; surfboard=tabla de surf;
swimming=natación; goggles=gafas de natación; tent=tienda de campaña; sleeping bag=saco de dormir;
sleeping pad=esterilla; camping=camping; hiking=senderismo; stove=hornillo; lantern=farol; headlamp=linterna frontal;
compass=brújula; fishing=pesca; rod=caña; reel=carrete; bait=cebo; pole=bastón; trekking pole=bastón de trekking;
cooler=nevera portátil; water bottle=botella de agua; binoculars=prismáticos;
# pets
pet=mascota; dog=perro; cat=gato; puppy=cachorro; kitten=gatito; bird=pájaro; fish=pez; leash=correa; collar=collar;
harness=arnés; pet bed=cama para mascotas; dog bed=cama para perro; litter=arena; cat litter=arena para gatos;
aquarium=acuario; cage=jaula; treat=premio; chew=mordedor; carrier=transportín; scratcher=rascador; kibble=pienso;
pet food=comida para mascotas; dog food=comida para perros; cat food=comida para gatos;
# books and media
book=libro; novel=novela; cookbook=libro de cocina; comic=cómic; magazine=revista; audiobook=audiolibro;
ebook=libro electrónico; dictionary=diccionario; guide=guía; textbook=libro de texto; poster=póster; print=lámina;
map=mapa; vinyl=vinilo; record=disco; film=película; movie=película; children=niños; kids=niños; fiction=ficción;
# car and travel
tire=neumático; tyre=neumático; wiper=limpiaparabrisas; seat=asiento; cover=funda; car mat=alfombrilla; travel=viaje; car seat=silla de coche;
# materials and properties
wood=madera; wooden=de madera+; metal=metal; steel=acero; stainless steel=acero inoxidable; aluminium=aluminio;
aluminum=aluminio; iron=hierro; copper=cobre; brass=latón; silver=plata; gold=oro; plastic=plástico;
ceramic=cerámica; porcelain=porcelana; stone=piedra; marble=mármol; leather=cuero; cotton=algodón;
wool=lana; linen=lino; silk=seda; denim=tela vaquera; polyester=poliéster; nylon=nailon; rubber=goma;
bamboo=bambú; cork=corcho; cardboard=cartón; foam=espuma; velvet=terciopelo; fleece=forro polar;
waterproof=impermeable+; organic=ecológico+; natural=natural+; vegan=vegano+; recycled=reciclado+; portable=portátil+;
rechargeable=recargable+; adjustable=ajustable+; foldable=plegable+; large=grande+; small=pequeño+; mini=mini+;
heavy=pesado+; lightweight=ligero+; soft=suave+; hard=duro+; fine=fino+; extra fine=extrafino+;
medium=mediano+; thick=grueso+; thin=delgado+; long=largo+; short=corto+; new=nuevo+;
mens=hombre; men=hombre; womens=mujer; women=mujer; unisex=unisex;
# option names and units
size=talla; color=color; colour=color; length=longitud; width=anchura; height=altura; depth=profundidad;
volume=volumen; capacity=capacidad; weight=peso; voltage=voltaje; power=potencia; wattage=potencia;
pieces=piezas; piece=pieza; count=unidades; pack=paquete; pack size=tamaño del paquete; quantity=cantidad;
material=material; style=estilo; type=tipo; model=modelo; flavor=sabor; flavour=sabor; format=formato;
edition=edición; version=versión; pattern=estampado; design=diseño; fit=corte; gauge=calibre; tip=punta;
point=punta; grade=grado; hardness=dureza; ruling=rayado; binding=encuadernación; page=página;
tuning=afinación; hand=mano; handedness=orientación; set=juego; bundle=lote; option=opción; variant=variante;
`;
