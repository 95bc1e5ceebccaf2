from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = None

class Sexo(str, Enum):
    """
    Sexo registrado de la persona, como en el acta de nacimiento y la CURP.
    """
    Hombre = "H"
    """
    Sexo masculino (letra H en la posición 11 de la CURP).
    """
    Mujer = "M"
    """
    Sexo femenino (letra M en la posición 11 de la CURP).
    """
    No_binario = "X"
    """
    Persona no binaria, como lo reconocen las actas de algunas entidades; la CURP no lo refleja, por lo que no se compara con ella.
    """


class NivelGobierno(str, Enum):
    """
    Orden de gobierno al que pertenece una dependencia o un trámite.
    """
    Federal = "federal"
    """
    Administración Pública Federal y órganos autónomos federales.
    """
    Estatal = "estatal"
    """
    Administración pública de una entidad federativa.
    """
    Municipal = "municipal"
    """
    Administración pública de un municipio o alcaldía.
    """


class TipoDocumento(str, Enum):
    """
    Clase de documento oficial al que remite una referencia documental.
    """
    Constancia_de_CURP = "constancia_curp"
    """
    Constancia de la Clave Única de Registro de Población emitida por RENAPO.
    """
    Constancia_de_situación_fiscal = "constancia_situacion_fiscal"
    """
    Constancia de situación fiscal emitida por el SAT.
    """
    Opinión_del_cumplimiento_de_obligaciones_fiscales = "opinion_cumplimiento"
    """
    Opinión del cumplimiento (artículo 32-D del Código Fiscal de la Federación) emitida por el SAT.
    """
    Acta_constitutiva = "acta_constitutiva"
    """
    Acta constitutiva inscrita en el Registro Público de Comercio (folio mercantil electrónico).
    """
    Certificado_o_cédula_catastral = "certificado_catastral"
    """
    Certificado de registro público de la propiedad o cédula catastral.
    """
    Credencial_o_constancia_de_artesano = "credencial_artesano"
    """
    Constancia de inscripción en un registro de artesanos.
    """
    Licencia_de_funcionamiento = "licencia_funcionamiento"
    """
    Licencia municipal de funcionamiento de un establecimiento.
    """
    Otro_documento = "otro"
    """
    Otro documento oficial no listado.
    """


class EntidadFederativa(str, Enum):
    """
    Las 32 entidades federativas con su clave INEGI CVE_ENT (AGEEML 2025-10).
    """
    Aguascalientes = "01"
    """
    Entidad federativa Aguascalientes (abreviatura Ags.).
    """
    Baja_California = "02"
    """
    Entidad federativa Baja California (abreviatura BC).
    """
    Baja_California_Sur = "03"
    """
    Entidad federativa Baja California Sur (abreviatura BCS).
    """
    Campeche = "04"
    """
    Entidad federativa Campeche (abreviatura Camp.).
    """
    Coahuila_de_Zaragoza = "05"
    """
    Entidad federativa Coahuila de Zaragoza (abreviatura Coah.).
    """
    Colima = "06"
    """
    Entidad federativa Colima (abreviatura Col.).
    """
    Chiapas = "07"
    """
    Entidad federativa Chiapas (abreviatura Chis.).
    """
    Chihuahua = "08"
    """
    Entidad federativa Chihuahua (abreviatura Chih.).
    """
    Ciudad_de_México = "09"
    """
    Entidad federativa Ciudad de México (abreviatura CDMX).
    """
    Durango = "10"
    """
    Entidad federativa Durango (abreviatura Dgo.).
    """
    Guanajuato = "11"
    """
    Entidad federativa Guanajuato (abreviatura Gto.).
    """
    Guerrero = "12"
    """
    Entidad federativa Guerrero (abreviatura Gro.).
    """
    Hidalgo = "13"
    """
    Entidad federativa Hidalgo (abreviatura Hgo.).
    """
    Jalisco = "14"
    """
    Entidad federativa Jalisco (abreviatura Jal.).
    """
    México = "15"
    """
    Entidad federativa México (abreviatura Mex.).
    """
    Michoacán_de_Ocampo = "16"
    """
    Entidad federativa Michoacán de Ocampo (abreviatura Mich.).
    """
    Morelos = "17"
    """
    Entidad federativa Morelos (abreviatura Mor.).
    """
    Nayarit = "18"
    """
    Entidad federativa Nayarit (abreviatura Nay.).
    """
    Nuevo_León = "19"
    """
    Entidad federativa Nuevo León (abreviatura NL).
    """
    Oaxaca = "20"
    """
    Entidad federativa Oaxaca (abreviatura Oax.).
    """
    Puebla = "21"
    """
    Entidad federativa Puebla (abreviatura Pue.).
    """
    Querétaro = "22"
    """
    Entidad federativa Querétaro (abreviatura Qro.).
    """
    Quintana_Roo = "23"
    """
    Entidad federativa Quintana Roo (abreviatura Q. Roo).
    """
    San_Luis_Potosí = "24"
    """
    Entidad federativa San Luis Potosí (abreviatura SLP).
    """
    Sinaloa = "25"
    """
    Entidad federativa Sinaloa (abreviatura Sin.).
    """
    Sonora = "26"
    """
    Entidad federativa Sonora (abreviatura Son.).
    """
    Tabasco = "27"
    """
    Entidad federativa Tabasco (abreviatura Tab.).
    """
    Tamaulipas = "28"
    """
    Entidad federativa Tamaulipas (abreviatura Tamps.).
    """
    Tlaxcala = "29"
    """
    Entidad federativa Tlaxcala (abreviatura Tlax.).
    """
    Veracruz_de_Ignacio_de_la_Llave = "30"
    """
    Entidad federativa Veracruz de Ignacio de la Llave (abreviatura Ver.).
    """
    Yucatán = "31"
    """
    Entidad federativa Yucatán (abreviatura Yuc.).
    """
    Zacatecas = "32"
    """
    Entidad federativa Zacatecas (abreviatura Zac.).
    """


class EntidadNacimientoCurp(str, Enum):
    """
    Claves de dos letras de la entidad de nacimiento en la CURP (posiciones 12 y 13), con su equivalencia INEGI.
    """
    Aguascalientes = "AS"
    """
    Nacido en Aguascalientes (CVE_ENT 01).
    """
    Baja_California = "BC"
    """
    Nacido en Baja California (CVE_ENT 02).
    """
    Baja_California_Sur = "BS"
    """
    Nacido en Baja California Sur (CVE_ENT 03).
    """
    Campeche = "CC"
    """
    Nacido en Campeche (CVE_ENT 04).
    """
    Coahuila_de_Zaragoza = "CL"
    """
    Nacido en Coahuila de Zaragoza (CVE_ENT 05).
    """
    Colima = "CM"
    """
    Nacido en Colima (CVE_ENT 06).
    """
    Chiapas = "CS"
    """
    Nacido en Chiapas (CVE_ENT 07).
    """
    Chihuahua = "CH"
    """
    Nacido en Chihuahua (CVE_ENT 08).
    """
    Ciudad_de_México = "DF"
    """
    Nacido en Ciudad de México (CVE_ENT 09).
    """
    Durango = "DG"
    """
    Nacido en Durango (CVE_ENT 10).
    """
    Guanajuato = "GT"
    """
    Nacido en Guanajuato (CVE_ENT 11).
    """
    Guerrero = "GR"
    """
    Nacido en Guerrero (CVE_ENT 12).
    """
    Hidalgo = "HG"
    """
    Nacido en Hidalgo (CVE_ENT 13).
    """
    Jalisco = "JC"
    """
    Nacido en Jalisco (CVE_ENT 14).
    """
    México = "MC"
    """
    Nacido en México (CVE_ENT 15).
    """
    Michoacán_de_Ocampo = "MN"
    """
    Nacido en Michoacán de Ocampo (CVE_ENT 16).
    """
    Morelos = "MS"
    """
    Nacido en Morelos (CVE_ENT 17).
    """
    Nayarit = "NT"
    """
    Nacido en Nayarit (CVE_ENT 18).
    """
    Nuevo_León = "NL"
    """
    Nacido en Nuevo León (CVE_ENT 19).
    """
    Oaxaca = "OC"
    """
    Nacido en Oaxaca (CVE_ENT 20).
    """
    Puebla = "PL"
    """
    Nacido en Puebla (CVE_ENT 21).
    """
    Querétaro = "QT"
    """
    Nacido en Querétaro (CVE_ENT 22).
    """
    Quintana_Roo = "QR"
    """
    Nacido en Quintana Roo (CVE_ENT 23).
    """
    San_Luis_Potosí = "SP"
    """
    Nacido en San Luis Potosí (CVE_ENT 24).
    """
    Sinaloa = "SL"
    """
    Nacido en Sinaloa (CVE_ENT 25).
    """
    Sonora = "SR"
    """
    Nacido en Sonora (CVE_ENT 26).
    """
    Tabasco = "TC"
    """
    Nacido en Tabasco (CVE_ENT 27).
    """
    Tamaulipas = "TS"
    """
    Nacido en Tamaulipas (CVE_ENT 28).
    """
    Tlaxcala = "TL"
    """
    Nacido en Tlaxcala (CVE_ENT 29).
    """
    Veracruz_de_Ignacio_de_la_Llave = "VZ"
    """
    Nacido en Veracruz de Ignacio de la Llave (CVE_ENT 30).
    """
    Yucatán = "YN"
    """
    Nacido en Yucatán (CVE_ENT 31).
    """
    Zacatecas = "ZS"
    """
    Nacido en Zacatecas (CVE_ENT 32).
    """
    Nacido_en_el_extranjero = "NE"
    """
    Persona nacida fuera de México (convención RENAPO; sin clave INEGI).
    """


class RegimenFiscal(str, Enum):
    """
    Regímenes fiscales vigentes del catálogo c_RegimenFiscal del CFDI 4.0 del SAT.
    """
    General_de_Ley_Personas_Morales = "601"
    """
    Régimen fiscal 601 del SAT; aplica a personas morales.
    """
    Personas_Morales_con_Fines_no_Lucrativos = "603"
    """
    Régimen fiscal 603 del SAT; aplica a personas morales.
    """
    Sueldos_y_Salarios_e_Ingresos_Asimilados_a_Salarios = "605"
    """
    Régimen fiscal 605 del SAT; aplica a personas físicas.
    """
    Arrendamiento = "606"
    """
    Régimen fiscal 606 del SAT; aplica a personas físicas.
    """
    Régimen_de_Enajenación_o_Adquisición_de_Bienes = "607"
    """
    Régimen fiscal 607 del SAT; aplica a personas físicas.
    """
    Demás_ingresos = "608"
    """
    Régimen fiscal 608 del SAT; aplica a personas físicas.
    """
    Residentes_en_el_Extranjero_sin_Establecimiento_Permanente_en_México = "610"
    """
    Régimen fiscal 610 del SAT; aplica a personas físicas y morales.
    """
    Ingresos_por_Dividendos_LEFT_PARENTHESISsocios_y_accionistasRIGHT_PARENTHESIS = "611"
    """
    Régimen fiscal 611 del SAT; aplica a personas físicas.
    """
    Personas_Físicas_con_Actividades_Empresariales_y_Profesionales = "612"
    """
    Régimen fiscal 612 del SAT; aplica a personas físicas.
    """
    Ingresos_por_intereses = "614"
    """
    Régimen fiscal 614 del SAT; aplica a personas físicas.
    """
    Régimen_de_los_ingresos_por_obtención_de_premios = "615"
    """
    Régimen fiscal 615 del SAT; aplica a personas físicas.
    """
    Sin_obligaciones_fiscales = "616"
    """
    Régimen fiscal 616 del SAT; aplica a personas físicas.
    """
    Sociedades_Cooperativas_de_Producción_que_optan_por_diferir_sus_ingresos = "620"
    """
    Régimen fiscal 620 del SAT; aplica a personas morales.
    """
    Incorporación_Fiscal = "621"
    """
    Régimen fiscal 621 del SAT; aplica a personas físicas.
    """
    Actividades_Agrícolas_Ganaderas_Silvícolas_y_Pesqueras = "622"
    """
    Régimen fiscal 622 del SAT; aplica a personas morales.
    """
    Opcional_para_Grupos_de_Sociedades = "623"
    """
    Régimen fiscal 623 del SAT; aplica a personas morales.
    """
    Coordinados = "624"
    """
    Régimen fiscal 624 del SAT; aplica a personas morales.
    """
    Régimen_de_las_Actividades_Empresariales_con_ingresos_a_través_de_Plataformas_Tecnológicas = "625"
    """
    Régimen fiscal 625 del SAT; aplica a personas físicas.
    """
    Régimen_Simplificado_de_Confianza = "626"
    """
    Régimen fiscal 626 del SAT; aplica a personas físicas y morales.
    """


class CategoriaFalla(str, Enum):
    """
    Capa o tema en que se produce una falla.
    """
    Sintaxis = "sintaxis"
    """
    El documento no se puede leer (codificación, JSON o YAML mal formado, límites).
    """
    Estructura = "estructura"
    """
    El documento no cumple el esquema JSON generado de los modelos.
    """
    Semántica = "semantica"
    """
    Los valores son estructuralmente correctos pero incoherentes (dígitos verificadores, fechas, consistencia).
    """
    Catálogo_o_referencia = "catalogo"
    """
    Un código no existe en su catálogo o no concuerda con otro catálogo.
    """
    Protocolo = "protocolo"
    """
    El intercambio no sigue las reglas del protocolo (versión, correlación).
    """
    Autorización_y_consentimiento = "autorizacion"
    """
    Falta base legal, consentimiento, finalidad permitida o autenticación suficiente.
    """
    Proveedor = "proveedor"
    """
    El proveedor no puede entregar la evidencia.
    """
    Integridad = "integridad"
    """
    Un digesto no coincide con los bytes que describe.
    """
    Interno = "interno"
    """
    Falla del propio validador, no del documento.
    """


class OrigenFalla(str, Enum):
    """
    Parte del intercambio responsable de la falla.
    """
    Solicitante = "solicitante"
    """
    El sistema del trámite que pide los datos.
    """
    Proveedor = "proveedor"
    """
    La dependencia que tiene los datos y los entrega.
    """
    Transporte = "transporte"
    """
    La red, la codificación o la infraestructura entre ambos.
    """
    Validador = "validador"
    """
    La herramienta de validación misma.
    """


class Severidad(str, Enum):
    """
    Gravedad de una falla.
    """
    Error = "error"
    """
    El mensaje no es conforme; no debe procesarse.
    """
    Advertencia = "warning"
    """
    El mensaje es conforme pero algo merece revisión.
    """
    Información = "info"
    """
    Una interacción esperada del protocolo (vista previa, datos adicionales), no un defecto.
    """


class CodigoFalla(str, Enum):
    """
    Las variantes de falla del protocolo VDM, con todos sus atributos como anotaciones.
    """
    Documento_mal_formado = "VDM101"
    """
    El contenido no es JSON, YAML o NDJSON válido.
    """
    Codificación_inválida = "VDM102"
    """
    Los bytes no son UTF-8 válido.
    """
    Marca_de_orden_de_bytes_LEFT_PARENTHESISBOMRIGHT_PARENTHESIS = "VDM103"
    """
    El documento empieza con una marca de orden de bytes, que RFC 8259 prohíbe al transmitir JSON.
    """
    Clave_de_objeto_duplicada = "VDM104"
    """
    Un objeto JSON repite un nombre de miembro; cada lector se quedaría con un valor distinto.
    """
    Número_no_finito = "VDM105"
    """
    El documento usa NaN, Infinity o -Infinity, que JSON no admite.
    """
    Anidamiento_excesivo = "VDM106"
    """
    El documento anida objetos o listas más allá del límite del protocolo.
    """
    Documento_demasiado_grande = "VDM107"
    """
    El documento excede el tamaño máximo del protocolo.
    """
    Documento_YAML_que_se_expande_demasiado = "VDM108"
    """
    Los alias de un documento YAML lo expanden a más nodos de los que admite el protocolo (una "bomba de alias").
    """
    La_raíz_no_es_un_objeto = "VDM201"
    """
    Todo mensaje y conjunto de datos es un objeto JSON.
    """
    Clase_no_detectable = "VDM202"
    """
    No se pudo saber contra qué clase validar: falta el campo 'tipo', no nombra una clase del protocolo o no coincide con la clase indicada.
    """
    Campo_desconocido = "VDM203"
    """
    El objeto trae un campo que su clase no define; los esquemas del protocolo son cerrados.
    """
    Falta_un_campo_obligatorio = "VDM204"
    """
    Falta un campo que la clase declara obligatorio.
    """
    Tipo_de_dato_incorrecto = "VDM205"
    """
    El valor no es del tipo JSON que la clase espera (texto, número, lista, objeto).
    """
    El_valor_no_sigue_el_patrón = "VDM206"
    """
    El texto no sigue el patrón exacto de su tipo (longitud, caracteres, mayúsculas).
    """
    Cardinalidad_inválida = "VDM207"
    """
    Una lista tiene menos o más elementos de los permitidos, o repite elementos.
    """
    Valor_numérico_fuera_de_rango = "VDM208"
    """
    Un número queda fuera del mínimo o el máximo de su tipo.
    """
    Formato_inválido = "VDM209"
    """
    Una fecha, fecha y hora u otro valor con formato no es válido (por ejemplo 2025-02-30).
    """
    Estructura_inválida = "VDM299"
    """
    El valor incumple otra regla estructural del esquema JSON.
    """
    Dígito_verificador_de_CURP_inválido = "VDM301"
    """
    El último carácter de la CURP no es el dígito verificador que resulta de los 17 anteriores.
    """
    Dígito_verificador_de_RFC_no_coincide = "VDM302"
    """
    El dígito verificador del RFC no coincide con el cálculo del SAT; algunos RFC emitidos no lo cumplen, por eso es advertencia.
    """
    CURP_inconsistente_con_la_fecha_de_nacimiento = "VDM303"
    """
    La fecha codificada en la CURP (posiciones 5 a 10) no es la fecha de nacimiento declarada.
    """
    CURP_inconsistente_con_el_sexo = "VDM304"
    """
    La letra de sexo de la CURP (posición 11) no corresponde al sexo declarado.
    """
    CURP_inconsistente_con_la_entidad_de_nacimiento = "VDM305"
    """
    La entidad codificada en la CURP (posiciones 12 y 13) no es la entidad de nacimiento declarada.
    """
    Componente_de_CURP_inválido = "VDM306"
    """
    Una parte de la CURP es imposible: fecha inexistente, entidad desconocida o palabra inconveniente sin sustituir.
    """
    Componente_de_RFC_inválido = "VDM307"
    """
    La fecha codificada en el RFC no existe o el RFC no corresponde al tipo de persona.
    """
    Fecha_fuera_de_rango = "VDM308"
    """
    Una fecha es imposible para su significado: futura cuando debe ser pasada, o anterior a 1900.
    """
    Fechas_en_desorden = "VDM309"
    """
    Dos fechas relacionadas están invertidas (por ejemplo, el fin antes del inicio).
    """
    RFC_y_CURP_no_coinciden = "VDM310"
    """
    Los primeros 10 caracteres del RFC de una persona física deben ser iguales a los primeros 10 de su CURP.
    """
    Jurisdicción_inconsistente = "VDM311"
    """
    La clave de la dependencia, su nivel de gobierno y su jurisdicción INEGI no concuerdan entre sí.
    """
    Los_porcentajes_no_suman_100 = "VDM312"
    """
    Los porcentajes de las actividades económicas de un contribuyente deben sumar 100.
    """
    Código_de_catálogo_desconocido = "VDM401"
    """
    El código no existe en el catálogo de referencia que el modelo asigna al campo.
    """
    Municipio_fuera_de_la_entidad = "VDM402"
    """
    La clave de municipio no existe dentro de la entidad federativa indicada (catálogo INEGI).
    """
    Código_postal_fuera_de_la_entidad = "VDM403"
    """
    El código postal pertenece a otra entidad federativa según el catálogo del SAT.
    """
    Código_postal_fuera_del_municipio = "VDM404"
    """
    El código postal pertenece a otro municipio de la misma entidad según el catálogo del SAT, traducido a claves INEGI.
    """
    Régimen_fiscal_no_aplicable = "VDM405"
    """
    El régimen fiscal no aplica al tipo de persona (física o moral) según el catálogo c_RegimenFiscal.
    """
    Versión_del_protocolo_no_soportada = "VDM501"
    """
    El mensaje declara una versión del protocolo que este validador o proveedor no soporta.
    """
    La_respuesta_no_corresponde_a_la_solicitud = "VDM502"
    """
    La respuesta no contesta a la solicitud que se le da: en_respuesta_a no es el id_mensaje de la solicitud, o el solicitante o el proveedor no son los de la solicitud.
    """
    El_conjunto_de_datos_no_corresponde = "VDM503"
    """
    La evidencia entregada no es del conjunto de datos ni de la versión solicitados, o no es del sujeto solicitado.
    """
    Estado_de_respuesta_inconsistente = "VDM504"
    """
    El estado de la respuesta no concuerda con sus evidencias (completa sin evidencias, fallida con evidencias).
    """
    Falta_el_consentimiento = "VDM601"
    """
    La solicitud se basa en el consentimiento del titular pero no lo acredita.
    """
    Consentimiento_vencido_o_aún_no_vigente = "VDM602"
    """
    El consentimiento no estaba vigente en la fecha y hora de emisión de la solicitud.
    """
    Finalidad_no_permitida = "VDM603"
    """
    El directorio de servicios no permite solicitar este conjunto de datos para la finalidad declarada (principio de finalidad, LGPDPPSO).
    """
    Solicitante_no_autorizado = "VDM604"
    """
    El directorio de servicios no autoriza a esta dependencia, para este trámite, a pedir el conjunto de datos a este proveedor.
    """
    Nivel_de_autenticación_insuficiente = "VDM605"
    """
    El titular se autenticó con un nivel de Llave MX menor al que exige el servicio.
    """
    Vista_previa_requerida = "VDM606"
    """
    El proveedor exige que el titular revise los datos en su sitio antes de entregarlos (equivale a PreviewRequired de OOTS).
    """
    Sujeto_no_encontrado = "VDM701"
    """
    El proveedor no tiene registros de la persona o empresa solicitada.
    """
    Conjunto_de_datos_no_disponible = "VDM702"
    """
    El proveedor no ofrece ese conjunto de datos o esa versión según el directorio de servicios.
    """
    Proveedor_no_disponible = "VDM703"
    """
    El servicio del proveedor no responde o está en mantenimiento.
    """
    Tiempo_de_espera_agotado = "VDM704"
    """
    El proveedor no respondió dentro del tiempo máximo del protocolo.
    """
    Respuesta_parcial = "VDM705"
    """
    El proveedor entregó sólo parte de las evidencias solicitadas.
    """
    Se_requieren_datos_adicionales = "VDM706"
    """
    El proveedor necesita atributos adicionales del titular para identificar la evidencia (equivale a DSD:ERR:0005 de OOTS).
    """
    Error_interno_del_proveedor = "VDM707"
    """
    El proveedor falló al atender una solicitud válida.
    """
    El_digesto_del_documento_no_coincide = "VDM801"
    """
    El SHA-256 de los bytes del documento no es el declarado en su referencia.
    """
    El_digesto_de_la_solicitud_no_coincide = "VDM802"
    """
    El digesto de la solicitud que cita la respuesta no es el SHA-256 de la solicitud enviada (como requestHash de X-Road).
    """
    Fallo_interno_del_validador = "VDM900"
    """
    Una comprobación del validador falló con una excepción; el registro no se pudo verificar por completo.
    """


class TipoConjuntoDatos(str, Enum):
    """
    Conjuntos de datos que se intercambian por el VDM; cada valor es el nombre de su clase.
    """
    Registro_de_CURP_LEFT_PARENTHESISRENAPORIGHT_PARENTHESIS = "RegistroCurp"
    """
    Datos de identidad de una persona en el Registro Nacional de Población.
    """
    Constancia_de_situación_fiscal_LEFT_PARENTHESISSATRIGHT_PARENTHESIS = "ConstanciaSituacionFiscal"
    """
    Regímenes, actividades, domicilio fiscal y situación en el padrón de un contribuyente.
    """
    Opinión_del_cumplimiento_LEFT_PARENTHESISSAT_32_DRIGHT_PARENTHESIS = "OpinionCumplimiento"
    """
    Opinión del cumplimiento de obligaciones fiscales de un contribuyente.
    """
    Acta_constitutiva_LEFT_PARENTHESISRegistro_Público_de_ComercioRIGHT_PARENTHESIS = "ActaConstitutiva"
    """
    Datos de constitución de una sociedad inscrita en el folio mercantil electrónico.
    """
    Registro_de_propiedad_y_catastro = "RegistroCatastral"
    """
    Datos registrales y catastrales de un inmueble.
    """
    Registro_de_artesano_LEFT_PARENTHESISJaliscoRIGHT_PARENTHESIS = "RegistroArtesano"
    """
    Inscripción de una persona en el registro estatal de artesanos.
    """
    Licencia_de_funcionamiento_municipal = "LicenciaFuncionamiento"
    """
    Licencia municipal de funcionamiento de un establecimiento.
    """


class TipoAutorizacion(str, Enum):
    """
    Base jurídica con que se piden los datos personales del titular (LGPDPPSO).
    """
    Consentimiento_expreso_del_titular = "consentimiento"
    """
    El titular, autenticado con Llave MX, consintió el intercambio para el trámite.
    """
    Mandato_legal = "mandato_legal"
    """
    Una ley faculta al trámite a obtener los datos sin consentimiento (artículo 22 de la LGPDPPSO).
    """


class NivelAutenticacion(str, Enum):
    """
    Nivel de aseguramiento de identidad con que se autenticó el titular en Llave MX.
    """
    Llave_MX_básica = "llave_mx_basica"
    """
    Cuenta Llave MX con correo o teléfono verificado.
    """
    Llave_MX_verificada = "llave_mx_verificada"
    """
    Cuenta Llave MX con identidad verificada contra RENAPO (CURP) o e.firma.
    """


class EstadoRespuesta(str, Enum):
    """
    Resultado global de una respuesta de intercambio.
    """
    Completa = "completa"
    """
    Se entregaron todas las evidencias solicitadas.
    """
    Parcial = "parcial"
    """
    Se entregó sólo parte de las evidencias; la respuesta indica qué falta.
    """
    Fallida = "fallida"
    """
    No se entregó evidencia; se acompaña de una respuesta de error.
    """


class TipoSujeto(str, Enum):
    """
    Clase de titular de los datos.
    """
    Persona_física = "persona_fisica"
    """
    Persona física identificada por su CURP.
    """
    Persona_moral = "persona_moral"
    """
    Persona moral identificada por su RFC.
    """


class EstatusCurp(str, Enum):
    """
    Situación de la CURP en la Base de Datos Nacional de la CURP. Los valores de alta y de registro de cambio indican una clave activa; los de baja, una clave que ya no identifica válidamente a la persona. La anotación clave_renapo da el código que usa RENAPO.
    """
    Alta_normal = "alta_normal"
    """
    CURP activa asignada sin homonimia.
    """
    Alta_con_homonimia = "alta_con_homonimia"
    """
    CURP activa asignada con homoclave distinta por existir homónimos.
    """
    CURP_reactivada = "curp_reactivada"
    """
    CURP que estuvo dada de baja y se reactivó.
    """
    Registro_de_cambio_afectando_a_la_CURP = "cambio_afectando_curp"
    """
    CURP activa que resultó de una corrección de datos que modificó la clave.
    """
    Registro_de_cambio_no_afectando_a_la_CURP = "cambio_no_afectando_curp"
    """
    CURP activa cuyos datos se corrigieron sin modificar la clave.
    """
    Baja_por_defunción = "baja_por_defuncion"
    """
    CURP dada de baja por fallecimiento de la persona.
    """
    Baja_por_duplicidad = "baja_por_duplicidad"
    """
    CURP dada de baja porque la persona tenía otra clave, que es la que subsiste.
    """
    Baja_por_documento_apócrifo = "baja_por_documento_apocrifo"
    """
    CURP dada de baja porque el documento probatorio resultó falso.
    """
    Baja_sin_uso = "baja_sin_uso"
    """
    CURP dada de baja por no haberse usado.
    """
    Baja_administrativa = "baja_administrativa"
    """
    CURP dada de baja por un procedimiento administrativo de RENAPO.
    """
    Baja_por_adopción = "baja_por_adopcion"
    """
    CURP dada de baja al asignarse una nueva por adopción.
    """
    Baja_judicial = "baja_judicial"
    """
    CURP dada de baja por resolución judicial.
    """


class TipoDocumentoProbatorio(str, Enum):
    """
    Documento con que se acreditaron los datos de la persona al asignarle la CURP.
    """
    Acta_de_nacimiento = "acta_nacimiento"
    """
    Acta de nacimiento del Registro Civil de una entidad federativa.
    """
    Documento_migratorio = "documento_migratorio"
    """
    Documento migratorio expedido por el Instituto Nacional de Migración a una persona extranjera.
    """
    Carta_de_naturalización = "carta_naturalizacion"
    """
    Carta de naturalización expedida por la Secretaría de Relaciones Exteriores.
    """
    Certificado_de_nacionalidad_mexicana = "certificado_nacionalidad_mexicana"
    """
    Certificado o declaratoria de nacionalidad mexicana por nacimiento expedido por la Secretaría de Relaciones Exteriores.
    """


class EstatusPadron(str, Enum):
    """
    Situación del contribuyente en el Registro Federal de Contribuyentes.
    """
    Activo = "activo"
    """
    El contribuyente está inscrito y tiene actividades u obligaciones vigentes.
    """
    Suspendido = "suspendido"
    """
    El contribuyente presentó aviso de suspensión de actividades.
    """
    Cancelado = "cancelado"
    """
    La inscripción se canceló (por defunción, liquidación, fusión u otra causa).
    """


class SentidoOpinion(str, Enum):
    """
    Resultado de la opinión del cumplimiento de obligaciones fiscales (regla 2.1.37 de la Resolución Miscelánea Fiscal).
    """
    Positiva = "positiva"
    """
    El contribuyente está inscrito en el RFC y al corriente en sus obligaciones fiscales.
    """
    Negativa = "negativa"
    """
    El contribuyente no está al corriente en una o más obligaciones fiscales.
    """
    No_inscrito = "no_inscrito"
    """
    La persona no está inscrita en el RFC.
    """
    Inscrito_sin_obligaciones = "inscrito_sin_obligaciones"
    """
    El contribuyente está inscrito en el RFC pero no tiene obligaciones fiscales.
    """


class TipoSociedad(str, Enum):
    """
    Forma jurídica de la persona moral según la Ley General de Sociedades Mercantiles, la Ley del Mercado de Valores, la Ley General de Sociedades Cooperativas o el Código Civil. Las sociedades y asociaciones civiles se inscriben en el registro público estatal, no en el de comercio. La anotación abreviatura da la que sigue a la denominación.
    """
    Sociedad_anónima = "sociedad_anonima"
    """
    Sociedad de capital fijo dividido en acciones.
    """
    Sociedad_anónima_de_capital_variable = "sociedad_anonima_capital_variable"
    """
    Sociedad anónima cuyo capital puede aumentar o disminuir sin reformar los estatutos.
    """
    Sociedad_anónima_promotora_de_inversión = "sociedad_anonima_promotora_inversion"
    """
    Sociedad anónima promotora de inversión regulada por la Ley del Mercado de Valores.
    """
    Sociedad_anónima_promotora_de_inversión_de_capital_variable = "sociedad_anonima_promotora_inversion_capital_variable"
    """
    Sociedad anónima promotora de inversión con capital variable.
    """
    Sociedad_de_responsabilidad_limitada = "sociedad_responsabilidad_limitada"
    """
    Sociedad cuyo capital se divide en partes sociales no negociables.
    """
    Sociedad_de_responsabilidad_limitada_de_capital_variable = "sociedad_responsabilidad_limitada_capital_variable"
    """
    Sociedad de responsabilidad limitada con capital variable.
    """
    Sociedad_por_acciones_simplificada = "sociedad_acciones_simplificada"
    """
    Sociedad de uno o más accionistas personas físicas constituida por medios electrónicos.
    """
    Sociedad_en_nombre_colectivo = "sociedad_nombre_colectivo"
    """
    Sociedad cuyos socios responden de modo subsidiario, ilimitado y solidario.
    """
    Sociedad_en_comandita_simple = "sociedad_comandita_simple"
    """
    Sociedad con socios comanditados de responsabilidad ilimitada y comanditarios de responsabilidad limitada.
    """
    Sociedad_en_comandita_por_acciones = "sociedad_comandita_acciones"
    """
    Sociedad en comandita cuyo capital se divide en acciones.
    """
    Sociedad_cooperativa = "sociedad_cooperativa"
    """
    Sociedad cooperativa de producción, consumo o ahorro y préstamo.
    """
    Sociedad_civil = "sociedad_civil"
    """
    Sociedad civil con fin preponderantemente económico que no constituye especulación comercial.
    """
    Asociación_civil = "asociacion_civil"
    """
    Asociación civil con un fin común no preponderantemente económico.
    """
    Otra_forma_jurídica = "otra"
    """
    Otra forma jurídica no listada.
    """


class TipoFedatario(str, Enum):
    """
    Clase de fedatario público ante quien se otorgó el instrumento.
    """
    Notario_público = "notario_publico"
    """
    Notario público de una entidad federativa; el instrumento es una escritura pública.
    """
    Corredor_público = "corredor_publico"
    """
    Corredor público habilitado por la Secretaría de Economía; el instrumento es una póliza.
    """


class UsoSuelo(str, Enum):
    """
    Uso de suelo asignado al predio por el catastro o el programa de desarrollo urbano.
    """
    Habitacional = "habitacional"
    """
    Vivienda unifamiliar o plurifamiliar.
    """
    Comercial = "comercial"
    """
    Comercio y servicios.
    """
    Industrial = "industrial"
    """
    Industria, manufactura y almacenamiento.
    """
    Mixto = "mixto"
    """
    Combinación de vivienda con comercio o servicios.
    """
    Agrícola = "agricola"
    """
    Predio rústico de uso agrícola, ganadero o forestal.
    """
    Equipamiento = "equipamiento"
    """
    Equipamiento urbano (educación, salud, recreación, administración pública).
    """


class RamaArtesanal(str, Enum):
    """
    Rama artesanal según la materia prima y el oficio predominantes.
    """
    Alfarería_y_cerámica = "alfareria_y_ceramica"
    """
    Piezas de barro y cerámica (bruñido, petatillo, canelo, alta temperatura).
    """
    Textiles = "textiles"
    """
    Tejido, bordado y deshilado en telar o a mano.
    """
    Madera = "madera"
    """
    Talla, torneado y muebles de madera.
    """
    Metalistería = "metalisteria"
    """
    Hierro forjado, cobre, latón y hojalata.
    """
    Vidrio = "vidrio"
    """
    Vidrio soplado y estirado.
    """
    Cestería_y_fibras_vegetales = "cesteria_y_fibras_vegetales"
    """
    Cestería, tule, palma, otate, carrizo y otras fibras vegetales.
    """
    Papel_y_cartón = "papel_y_carton"
    """
    Cartonería, papel picado y papel amate.
    """
    Joyería = "joyeria"
    """
    Joyería y orfebrería en plata, oro y otros materiales, incluida la chaquira.
    """
    Talabartería = "talabarteria"
    """
    Piel y cuero (sillas de montar, cinturones, huaraches).
    """
    Otra_rama = "otra"
    """
    Otra rama artesanal no listada; la técnica la describe.
    """


class NivelRiesgo(str, Enum):
    """
    Nivel de riesgo del establecimiento según su giro, superficie y aforo, que determina las inspecciones y requisitos de protección civil.
    """
    Bajo = "bajo"
    """
    Establecimiento de bajo riesgo; la licencia puede otorgarse sin inspección previa.
    """
    Medio = "medio"
    """
    Establecimiento de riesgo medio; requiere dictamen o inspección de protección civil.
    """
    Alto = "alto"
    """
    Establecimiento de alto riesgo; requiere inspección previa y requisitos adicionales.
    """



class Contacto(ConfiguredBaseModel):
    """
    Medios de contacto de una persona.
    """
    tipo: Literal["Contacto"] = Field(default="Contacto", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    correo_electronico: Optional[str] = Field(default=None, title="Correo electrónico", description="""Correo electrónico de contacto, declarado por el titular.""")
    telefono: Optional[str] = Field(default=None, title="Teléfono", description="""Teléfono de contacto en formato E.164, declarado por el titular.""")

    @field_validator('correo_electronico')
    def pattern_correo_electronico(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid correo_electronico format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid correo_electronico format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('telefono')
    def pattern_telefono(cls, v):
        pattern=re.compile(r"^\+[1-9][0-9]{7,14}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid telefono format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid telefono format: {v}"
            raise ValueError(err_msg)
        return v


class Domicilio(ConfiguredBaseModel):
    """
    Domicilio en México codificado con claves INEGI y código postal.
    """
    tipo: Literal["Domicilio"] = Field(default="Domicilio", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    entidad_federativa: EntidadFederativa = Field(default=..., title="Entidad federativa", description="""Clave INEGI (CVE_ENT) de la entidad federativa.""")
    municipio: str = Field(default=..., title="Municipio", description="""Clave INEGI (CVE_MUN) del municipio, que debe existir dentro de la entidad federativa indicada.""")
    localidad: Optional[str] = Field(default=None, title="Localidad", description="""Clave INEGI (CVE_LOC) de la localidad dentro del municipio.""")
    codigo_postal: str = Field(default=..., title="Código postal", description="""Código postal del domicilio; debe corresponder a la entidad y al municipio indicados.""")
    colonia: Optional[str] = Field(default=None, title="Colonia o asentamiento", description="""Nombre de la colonia, fraccionamiento u otro asentamiento del domicilio.""")
    calle: str = Field(default=..., title="Calle", description="""Nombre de la vialidad del domicilio.""")
    numero_exterior: str = Field(default=..., title="Número exterior", description="""Número exterior del inmueble sobre la vialidad (o SN si no tiene).""")
    numero_interior: Optional[str] = Field(default=None, title="Número interior", description="""Número o letra interior (departamento, local, oficina).""")

    @field_validator('municipio')
    def pattern_municipio(cls, v):
        pattern=re.compile(r"^[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid municipio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid municipio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('localidad')
    def pattern_localidad(cls, v):
        pattern=re.compile(r"^[0-9]{4}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid localidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid localidad format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('codigo_postal')
    def pattern_codigo_postal(cls, v):
        pattern=re.compile(r"^[0-9]{5}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid codigo_postal format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid codigo_postal format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('colonia')
    def pattern_colonia(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid colonia format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid colonia format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('calle')
    def pattern_calle(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid calle format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid calle format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('numero_exterior')
    def pattern_numero_exterior(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid numero_exterior format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid numero_exterior format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('numero_interior')
    def pattern_numero_interior(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid numero_interior format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid numero_interior format: {v}"
            raise ValueError(err_msg)
        return v


class PersonaFisica(ConfiguredBaseModel):
    """
    Persona física identificada por su CURP.
    """
    tipo: Literal["PersonaFisica"] = Field(default="PersonaFisica", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    curp: str = Field(default=..., title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    nombre: str = Field(default=..., title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: str = Field(default=..., title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    fecha_nacimiento: date = Field(default=..., title="Fecha de nacimiento", description="""Fecha de nacimiento de la persona física.""")
    sexo: Sexo = Field(default=..., title="Sexo", description="""Sexo registrado de la persona física.""")
    entidad_nacimiento: EntidadNacimientoCurp = Field(default=..., title="Entidad de nacimiento", description="""Entidad federativa de nacimiento con la clave de dos letras que usa la CURP (NE si nació en el extranjero).""")
    nacionalidad: Optional[str] = Field(default=None, title="Nacionalidad", description="""País de nacionalidad de la persona, con el código ISO 3166-1 alfa-3 del catálogo c_Pais del SAT.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    contacto: Optional[Contacto] = Field(default=None, title="Contacto", description="""Medios de contacto declarados.""")
    domicilio: Optional[Domicilio] = Field(default=None, title="Domicilio", description="""Domicilio codificado con claves INEGI.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_nacimiento')
    def pattern_fecha_nacimiento(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_nacimiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_nacimiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nacionalidad')
    def pattern_nacionalidad(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nacionalidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nacionalidad format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v


class PersonaMoral(ConfiguredBaseModel):
    """
    Persona moral (sociedad, asociación u otra entidad jurídica) identificada por su RFC.
    """
    tipo: Literal["PersonaMoral"] = Field(default="PersonaMoral", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    rfc: str = Field(default=..., title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    denominacion_razon_social: str = Field(default=..., title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")
    fecha_constitucion: date = Field(default=..., title="Fecha de constitución", description="""Fecha en que se constituyó la persona moral.""")
    regimenes_fiscales: list[RegimenFiscal] = Field(default=..., title="Regímenes fiscales", description="""Regímenes fiscales en que tributa el contribuyente.""")
    actividades_economicas: Optional[list[ActividadEconomica]] = Field(default=None, title="Actividades económicas", description="""Actividades económicas SCIAN con su porcentaje.""")
    domicilio_fiscal: Domicilio = Field(default=..., title="Domicilio fiscal", description="""Domicilio fiscal registrado ante el SAT.""")
    representante_legal: Optional[Union[PersonaFisica,Artesano]] = Field(default=None, title="Representante legal", description="""Persona física que representa legalmente a la persona moral.""")
    contacto: Optional[Contacto] = Field(default=None, title="Contacto", description="""Medios de contacto declarados.""")

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_constitucion')
    def pattern_fecha_constitucion(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_constitucion format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_constitucion format: {v}"
            raise ValueError(err_msg)
        return v


class ActividadEconomica(ConfiguredBaseModel):
    """
    Actividad económica SCIAN de un contribuyente y su peso en sus ingresos.
    """
    tipo: Literal["ActividadEconomica"] = Field(default="ActividadEconomica", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    clase_scian: str = Field(default=..., title="Clase de actividad SCIAN", description="""Clase de actividad económica del Sistema de Clasificación Industrial de América del Norte (SCIAN México 2023).""")
    porcentaje: Optional[Decimal] = Field(default=None, title="Porcentaje", description="""Porcentaje que representa la actividad en los ingresos del contribuyente.""", ge=0, le=100)
    fecha_inicio: Optional[date] = Field(default=None, title="Fecha de inicio", description="""Fecha desde la que aplica el dato.""")
    fecha_fin: Optional[date] = Field(default=None, title="Fecha de fin", description="""Fecha hasta la que aplica el dato.""")

    @field_validator('clase_scian')
    def pattern_clase_scian(cls, v):
        pattern=re.compile(r"^[1-9][0-9]{5}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clase_scian format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clase_scian format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_inicio')
    def pattern_fecha_inicio(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_inicio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_inicio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_fin')
    def pattern_fecha_fin(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_fin format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_fin format: {v}"
            raise ValueError(err_msg)
        return v


class EntidadGubernamental(ConfiguredBaseModel):
    """
    Dependencia o entidad pública de cualquiera de los tres órdenes de gobierno, identificada con el esquema de claves VDM (NIVEL-JURISDICCION-SIGLAS).
    """
    tipo: Literal["EntidadGubernamental"] = Field(default="EntidadGubernamental", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    clave_dependencia: str = Field(default=..., title="Clave de dependencia", description="""Identificador VDM de la dependencia o entidad pública (NIVEL-JURISDICCION-SIGLAS).""")
    nombre_dependencia: str = Field(default=..., title="Nombre de la dependencia", description="""Nombre oficial de la dependencia o entidad pública.""")
    nivel_gobierno: NivelGobierno = Field(default=..., title="Nivel de gobierno", description="""Orden de gobierno (federal, estatal o municipal).""")
    jurisdiccion: str = Field(default=..., title="Jurisdicción", description="""Clave INEGI del ámbito territorial de la dependencia (00, CVE_ENT o CVEGEO); debe coincidir con su nivel y su clave.""")

    @field_validator('clave_dependencia')
    def pattern_clave_dependencia(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_dependencia format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_dependencia format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre_dependencia')
    def pattern_nombre_dependencia(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_dependencia format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_dependencia format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('jurisdiccion')
    def pattern_jurisdiccion(cls, v):
        pattern=re.compile(r"^(00|(0[1-9]|[12][0-9]|3[0-2])([0-9]{3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid jurisdiccion format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid jurisdiccion format: {v}"
            raise ValueError(err_msg)
        return v


class Tramite(ConfiguredBaseModel):
    """
    Trámite o servicio público que una dependencia presta a personas o empresas.
    """
    tipo: Literal["Tramite"] = Field(default="Tramite", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    clave_tramite: str = Field(default=..., title="Clave de trámite", description="""Identificador VDM del trámite (clave de dependencia, diagonal y clave local).""")
    nombre_tramite: str = Field(default=..., title="Nombre del trámite", description="""Nombre oficial del trámite, como aparece en el registro de trámites.""")
    nivel_gobierno: NivelGobierno = Field(default=..., title="Nivel de gobierno", description="""Orden de gobierno (federal, estatal o municipal).""")
    dependencia_responsable: str = Field(default=..., title="Dependencia responsable", description="""Clave VDM de la dependencia responsable del trámite.""")
    fundamentos_legales: list[str] = Field(default=..., title="Fundamentos legales", description="""Disposiciones jurídicas que sustentan el trámite.""")

    @field_validator('clave_tramite')
    def pattern_clave_tramite(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}/[A-Z0-9][A-Z0-9-]{0,19}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_tramite format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_tramite format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre_tramite')
    def pattern_nombre_tramite(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_tramite format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_tramite format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('dependencia_responsable')
    def pattern_dependencia_responsable(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid dependencia_responsable format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid dependencia_responsable format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fundamentos_legales')
    def pattern_fundamentos_legales(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fundamentos_legales format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fundamentos_legales format: {v}"
            raise ValueError(err_msg)
        return v


class ReferenciaDocumento(ConfiguredBaseModel):
    """
    Referencia a un documento oficial, con su emisor, fechas y digesto SHA-256.
    """
    tipo: Literal["ReferenciaDocumento"] = Field(default="ReferenciaDocumento", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_documento: TipoDocumento = Field(default=..., title="Tipo de documento", description="""Clase de documento oficial.""")
    emisor: str = Field(default=..., title="Emisor", description="""Clave VDM de la dependencia que emitió el documento.""")
    fecha_emision: datetime  = Field(default=..., title="Fecha de emisión", description="""Fecha y hora en que se emitió el documento.""")
    vigente_hasta: Optional[date] = Field(default=None, title="Vigente hasta", description="""Último día en que el documento es válido.""")
    digesto_sha256: str = Field(default=..., title="Digesto SHA-256", description="""Digesto SHA-256 de los bytes exactos del documento.""")
    tipo_medio: str = Field(default=..., title="Tipo de medio", description="""Tipo de medio (MIME) del documento.""")
    constancia_nom151: Optional[ConstanciaNom151] = Field(default=None, title="Constancia NOM-151", description="""Constancia de conservación de mensajes de datos conforme a la NOM-151-SCFI-2016, si existe.""")

    @field_validator('emisor')
    def pattern_emisor(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emisor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emisor format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_emision')
    def pattern_fecha_emision(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vigente_hasta')
    def pattern_vigente_hasta(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vigente_hasta format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vigente_hasta format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('digesto_sha256')
    def pattern_digesto_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid digesto_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid digesto_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tipo_medio')
    def pattern_tipo_medio(cls, v):
        pattern=re.compile(r"^[a-z]+/[a-z0-9][a-z0-9.+-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid tipo_medio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid tipo_medio format: {v}"
            raise ValueError(err_msg)
        return v


class ConstanciaNom151(ConfiguredBaseModel):
    """
    Constancia de conservación de mensajes de datos emitida por un prestador de servicios de certificación.
    """
    tipo: Literal["ConstanciaNom151"] = Field(default="ConstanciaNom151", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    prestador_servicios_certificacion: str = Field(default=..., title="Prestador de servicios de certificación", description="""Nombre del prestador de servicios de certificación acreditado por la Secretaría de Economía que emitió la constancia.""")
    folio_constancia: str = Field(default=..., title="Folio de la constancia", description="""Folio o número de serie de la constancia de conservación.""")
    fecha_constancia: datetime  = Field(default=..., title="Fecha de la constancia", description="""Fecha y hora (sello de tiempo) de la constancia de conservación.""")

    @field_validator('prestador_servicios_certificacion')
    def pattern_prestador_servicios_certificacion(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid prestador_servicios_certificacion format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid prestador_servicios_certificacion format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('folio_constancia')
    def pattern_folio_constancia(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio_constancia format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio_constancia format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_constancia')
    def pattern_fecha_constancia(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_constancia format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_constancia format: {v}"
            raise ValueError(err_msg)
        return v


class ConjuntoDatos(ConfiguredBaseModel):
    """
    Clase base de todo conjunto de datos intercambiado; su campo tipo nombra la clase concreta.
    """
    tipo: Literal["ConjuntoDatos"] = Field(default="ConjuntoDatos", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class Participante(ConfiguredBaseModel):
    """
    Dependencia y sistema de información que participan en un intercambio.
    """
    dependencia: EntidadGubernamental = Field(default=..., title="Dependencia", description="""Entidad gubernamental participante.""")
    id_sistema: str = Field(default=..., title="Identificador de sistema", description="""Sistema de información de la dependencia que envía o atiende el mensaje.""")

    @field_validator('id_sistema')
    def pattern_id_sistema(cls, v):
        pattern=re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_sistema format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_sistema format: {v}"
            raise ValueError(err_msg)
        return v


class Sujeto(ConfiguredBaseModel):
    """
    Titular de los datos, identificado por su CURP (persona física) o su RFC (persona moral).
    """
    tipo_sujeto: TipoSujeto = Field(default=..., title="Tipo de sujeto", description="""Persona física o moral.""")
    curp: Optional[str] = Field(default=None, title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v


class ReferenciaConjuntoDatos(ConfiguredBaseModel):
    """
    Nombre y versión de un conjunto de datos.
    """
    tipo_conjunto: TipoConjuntoDatos = Field(default=..., title="Tipo de conjunto de datos", description="""Nombre del conjunto de datos.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class Autorizacion(ConfiguredBaseModel):
    """
    Base jurídica del intercambio y autenticación del titular.
    """
    tipo_autorizacion: TipoAutorizacion = Field(default=..., title="Tipo de autorización", description="""Consentimiento o mandato legal.""")
    id_consentimiento: Optional[str] = Field(default=None, title="Identificador del consentimiento", description="""UUID del registro de consentimiento en Llave MX o en el expediente del titular.""")
    otorgado_en: Optional[datetime ] = Field(default=None, title="Otorgado en", description="""Fecha y hora en que se otorgó el consentimiento.""")
    vence_en: Optional[datetime ] = Field(default=None, title="Vence en", description="""Fecha y hora en que vence el consentimiento.""")
    nivel_autenticacion: Optional[NivelAutenticacion] = Field(default=None, title="Nivel de autenticación", description="""Nivel Llave MX con que se autenticó el titular.""")
    fundamento_legal: Optional[str] = Field(default=None, title="Fundamento legal", description="""Disposición jurídica (ley, artículo, fracción) que faculta el trámite o el intercambio de datos.""")

    @field_validator('id_consentimiento')
    def pattern_id_consentimiento(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_consentimiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_consentimiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('otorgado_en')
    def pattern_otorgado_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid otorgado_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid otorgado_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vence_en')
    def pattern_vence_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vence_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vence_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fundamento_legal')
    def pattern_fundamento_legal(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fundamento_legal format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fundamento_legal format: {v}"
            raise ValueError(err_msg)
        return v


class AtributoAdicional(ConfiguredBaseModel):
    """
    Par nombre-valor aportado por el titular.
    """
    nombre_atributo: str = Field(default=..., title="Nombre del atributo", description="""Nombre del elemento de datos maestros o del atributo solicitado.""")
    valor_atributo: str = Field(default=..., title="Valor del atributo", description="""Valor aportado por el titular.""")

    @field_validator('nombre_atributo')
    def pattern_nombre_atributo(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]{2,63}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_atributo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_atributo format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('valor_atributo')
    def pattern_valor_atributo(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid valor_atributo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid valor_atributo format: {v}"
            raise ValueError(err_msg)
        return v


class Evidencia(ConfiguredBaseModel):
    """
    Un conjunto de datos entregado con la referencia del documento que lo respalda.
    """
    conjunto_datos: ReferenciaConjuntoDatos = Field(default=..., title="Conjunto de datos", description="""Conjunto de datos y versión.""")
    datos: Union[RegistroCurp,ConstanciaSituacionFiscal,OpinionCumplimiento,ActaConstitutiva,RegistroCatastral,RegistroArtesano,LicenciaFuncionamiento] = Field(default=..., title="Datos", description="""Carga útil del conjunto de datos, validada contra la clase que nombra su campo tipo.""")
    documento: ReferenciaDocumento = Field(default=..., title="Documento", description="""Referencia al documento oficial que respalda la evidencia.""")


class FallaReportada(ConfiguredBaseModel):
    """
    Una variante de falla en una respuesta de error, con su ubicación.
    """
    codigo: CodigoFalla = Field(default=..., title="Código", description="""Código del catálogo de variantes de falla.""")
    detalle: Optional[str] = Field(default=None, title="Detalle", description="""Explicación técnica de la falla, sin datos personales.""")
    ubicacion: Optional[str] = Field(default=None, title="Ubicación", description="""JSON Pointer del valor de la solicitud al que se refiere la falla.""")


class SolicitudIntercambio(ConfiguredBaseModel):
    """
    Mensaje con que un trámite pide a un proveedor un conjunto de datos de un titular (Evidence Request de OOTS).
    """
    tipo: Literal["SolicitudIntercambio"] = Field(default="SolicitudIntercambio", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_protocolo: str = Field(default=..., title="Versión del protocolo", description="""Versión del protocolo VDM del mensaje (encabezado protocolVersion de X-Road).""")
    id_mensaje: str = Field(default=..., title="Identificador del mensaje", description="""UUID único del mensaje (encabezado id de X-Road).""")
    emitido_en: datetime  = Field(default=..., title="Emitido en", description="""Fecha y hora de emisión del mensaje (encabezado issue de X-Road).""")
    solicitante: Participante = Field(default=..., title="Solicitante", description="""Dependencia y sistema que piden los datos (cliente de X-Road).""")
    proveedor: Participante = Field(default=..., title="Proveedor", description="""Dependencia y sistema que tienen y entregan los datos (servicio de X-Road).""")
    tramite: Tramite = Field(default=..., title="Trámite", description="""Trámite que necesita los datos, con su fundamento legal.""")
    finalidad: str = Field(default=..., title="Finalidad", description="""Finalidad del tratamiento de los datos, registrada en el directorio de servicios (principio de finalidad, LGPDPPSO).""")
    sujeto: Sujeto = Field(default=..., title="Sujeto", description="""Titular de los datos solicitados.""")
    conjunto_datos: ReferenciaConjuntoDatos = Field(default=..., title="Conjunto de datos", description="""Conjunto de datos y versión.""")
    autorizacion: Autorizacion = Field(default=..., title="Autorización", description="""Base jurídica del intercambio: consentimiento del titular o mandato legal.""")
    vista_previa_solicitada: Optional[bool] = Field(default=None, title="Vista previa solicitada", description="""Si el trámite pide que el titular revise los datos antes de su entrega.""")
    atributos_adicionales: Optional[list[AtributoAdicional]] = Field(default=None, title="Atributos adicionales", description="""Atributos que el titular aportó a pedido del proveedor (interacción de datos adicionales).""")

    @field_validator('version_protocolo')
    def pattern_version_protocolo(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_protocolo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_protocolo format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id_mensaje')
    def pattern_id_mensaje(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_mensaje format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_mensaje format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('emitido_en')
    def pattern_emitido_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emitido_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emitido_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('finalidad')
    def pattern_finalidad(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]{2,63}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid finalidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid finalidad format: {v}"
            raise ValueError(err_msg)
        return v


class RespuestaIntercambio(ConfiguredBaseModel):
    """
    Mensaje con que el proveedor entrega las evidencias solicitadas (Evidence Response de OOTS).
    """
    tipo: Literal["RespuestaIntercambio"] = Field(default="RespuestaIntercambio", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_protocolo: str = Field(default=..., title="Versión del protocolo", description="""Versión del protocolo VDM del mensaje (encabezado protocolVersion de X-Road).""")
    id_mensaje: str = Field(default=..., title="Identificador del mensaje", description="""UUID único del mensaje (encabezado id de X-Road).""")
    emitido_en: datetime  = Field(default=..., title="Emitido en", description="""Fecha y hora de emisión del mensaje (encabezado issue de X-Road).""")
    en_respuesta_a: str = Field(default=..., title="En respuesta a", description="""id_mensaje de la solicitud que se contesta.""")
    digesto_solicitud: str = Field(default=..., title="Digesto de la solicitud", description="""SHA-256 de los bytes exactos de la solicitud (como requestHash de X-Road).""")
    solicitante: Participante = Field(default=..., title="Solicitante", description="""Dependencia y sistema que piden los datos (cliente de X-Road).""")
    proveedor: Participante = Field(default=..., title="Proveedor", description="""Dependencia y sistema que tienen y entregan los datos (servicio de X-Road).""")
    estado: EstadoRespuesta = Field(default=..., title="Estado", description="""Resultado global de la respuesta.""")
    evidencias: Optional[list[Evidencia]] = Field(default=None, title="Evidencias", description="""Evidencias entregadas.""")
    faltantes: Optional[list[ReferenciaConjuntoDatos]] = Field(default=None, title="Evidencias faltantes", description="""Conjuntos de datos solicitados que no se entregaron en una respuesta parcial.""")

    @field_validator('version_protocolo')
    def pattern_version_protocolo(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_protocolo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_protocolo format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id_mensaje')
    def pattern_id_mensaje(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_mensaje format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_mensaje format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('emitido_en')
    def pattern_emitido_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emitido_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emitido_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('en_respuesta_a')
    def pattern_en_respuesta_a(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid en_respuesta_a format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid en_respuesta_a format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('digesto_solicitud')
    def pattern_digesto_solicitud(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid digesto_solicitud format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid digesto_solicitud format: {v}"
            raise ValueError(err_msg)
        return v


class RespuestaError(ConfiguredBaseModel):
    """
    Mensaje con que el proveedor informa que no entrega la evidencia, o que necesita una interacción del titular (vista previa o datos adicionales).
    """
    tipo: Literal["RespuestaError"] = Field(default="RespuestaError", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_protocolo: str = Field(default=..., title="Versión del protocolo", description="""Versión del protocolo VDM del mensaje (encabezado protocolVersion de X-Road).""")
    id_mensaje: str = Field(default=..., title="Identificador del mensaje", description="""UUID único del mensaje (encabezado id de X-Road).""")
    emitido_en: datetime  = Field(default=..., title="Emitido en", description="""Fecha y hora de emisión del mensaje (encabezado issue de X-Road).""")
    en_respuesta_a: str = Field(default=..., title="En respuesta a", description="""id_mensaje de la solicitud que se contesta.""")
    solicitante: Participante = Field(default=..., title="Solicitante", description="""Dependencia y sistema que piden los datos (cliente de X-Road).""")
    proveedor: Participante = Field(default=..., title="Proveedor", description="""Dependencia y sistema que tienen y entregan los datos (servicio de X-Road).""")
    fallas: list[FallaReportada] = Field(default=..., title="Fallas", description="""Variantes de falla que explican el error.""", min_length=1)
    reintentar_despues: Optional[int] = Field(default=None, title="Reintentar después", description="""Segundos que el solicitante debe esperar antes de reintentar (como Retry-After de HTTP).""", ge=1)
    ubicacion_vista_previa: Optional[str] = Field(default=None, title="Ubicación de la vista previa", description="""Dirección HTTPS donde el titular revisa y aprueba los datos.""")
    atributos_requeridos: Optional[list[str]] = Field(default=None, title="Atributos requeridos", description="""Nombres de los atributos adicionales que el proveedor necesita del titular.""")

    @field_validator('version_protocolo')
    def pattern_version_protocolo(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_protocolo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_protocolo format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id_mensaje')
    def pattern_id_mensaje(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_mensaje format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_mensaje format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('emitido_en')
    def pattern_emitido_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emitido_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emitido_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('en_respuesta_a')
    def pattern_en_respuesta_a(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid en_respuesta_a format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid en_respuesta_a format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('ubicacion_vista_previa')
    def pattern_ubicacion_vista_previa(cls, v):
        pattern=re.compile(r"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s]*)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid ubicacion_vista_previa format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid ubicacion_vista_previa format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('atributos_requeridos')
    def pattern_atributos_requeridos(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]{2,63}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid atributos_requeridos format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid atributos_requeridos format: {v}"
            raise ValueError(err_msg)
        return v


class DirectorioServicios(ConfiguredBaseModel):
    """
    Registro de dependencias, trámites y servicios de datos del VDM; las comprobaciones de finalidad y de autorización del protocolo leen sólo este registro.
    """
    tipo: Literal["DirectorioServicios"] = Field(default="DirectorioServicios", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")
    dependencias: list[EntidadGubernamental] = Field(default=..., title="Dependencias", description="""Dependencias registradas en el directorio.""")
    tramites: Optional[list[Tramite]] = Field(default=None, title="Trámites", description="""Trámites registrados que consumen datos por el VDM.""")
    servicios: list[ServicioDatos] = Field(default=..., title="Servicios", description="""Servicios de datos registrados.""")

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class ServicioDatos(ConfiguredBaseModel):
    """
    Un conjunto de datos que una dependencia ofrece por el VDM.
    """
    id_servicio: str = Field(default=..., title="Identificador del servicio", description="""Clave única del servicio de datos en el directorio.""")
    clave_proveedor: str = Field(default=..., title="Proveedor", description="""Clave VDM de la dependencia que ofrece el servicio.""")
    tipo_conjunto: TipoConjuntoDatos = Field(default=..., title="Tipo de conjunto de datos", description="""Nombre del conjunto de datos.""")
    versiones: list[str] = Field(default=..., title="Versiones", description="""Versiones del conjunto de datos que ofrece el servicio.""")
    punto_acceso: str = Field(default=..., title="Punto de acceso", description="""URL base HTTPS del enlace REST del servicio.""")
    nivel_autenticacion_minimo: Optional[NivelAutenticacion] = Field(default=None, title="Nivel de autenticación mínimo", description="""Nivel Llave MX mínimo del titular cuando la base es su consentimiento.""")
    requiere_vista_previa: Optional[bool] = Field(default=None, title="Requiere vista previa", description="""Si el proveedor exige vista previa del titular antes de entregar.""")
    permisos: list[PermisoAcceso] = Field(default=..., title="Permisos", description="""Trámites autorizados a pedir el conjunto de datos a este servicio.""")

    @field_validator('id_servicio')
    def pattern_id_servicio(cls, v):
        pattern=re.compile(r"^[a-z0-9][a-z0-9._-]{1,62}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_servicio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_servicio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clave_proveedor')
    def pattern_clave_proveedor(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_proveedor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_proveedor format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('versiones')
    def pattern_versiones(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid versiones format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid versiones format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('punto_acceso')
    def pattern_punto_acceso(cls, v):
        pattern=re.compile(r"^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s]*)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid punto_acceso format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid punto_acceso format: {v}"
            raise ValueError(err_msg)
        return v


class PermisoAcceso(ConfiguredBaseModel):
    """
    Autorización de un trámite de una dependencia para pedir un conjunto de datos, con sus finalidades y fundamento legal.
    """
    clave_tramite: str = Field(default=..., title="Clave de trámite", description="""Identificador VDM del trámite (clave de dependencia, diagonal y clave local).""")
    clave_solicitante: str = Field(default=..., title="Solicitante", description="""Clave VDM de la dependencia autorizada a pedir.""")
    finalidades: list[str] = Field(default=..., title="Finalidades", description="""Finalidades permitidas para este permiso.""")
    tipos_autorizacion: list[TipoAutorizacion] = Field(default=..., title="Tipos de autorización admitidos", description="""Bases jurídicas admitidas para este permiso (consentimiento, mandato legal o ambas).""")
    fundamentos_legales: list[str] = Field(default=..., title="Fundamentos legales", description="""Disposiciones jurídicas que sustentan el trámite.""")

    @field_validator('clave_tramite')
    def pattern_clave_tramite(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}/[A-Z0-9][A-Z0-9-]{0,19}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_tramite format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_tramite format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clave_solicitante')
    def pattern_clave_solicitante(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_solicitante format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_solicitante format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('finalidades')
    def pattern_finalidades(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]{2,63}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid finalidades format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid finalidades format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fundamentos_legales')
    def pattern_fundamentos_legales(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fundamentos_legales format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fundamentos_legales format: {v}"
            raise ValueError(err_msg)
        return v


class ExpedienteTitular(ConfiguredBaseModel):
    """
    Registro propio de una persona o empresa que reúne las evidencias recibidas, los consentimientos otorgados y el historial de intercambios.
    """
    tipo: Literal["ExpedienteTitular"] = Field(default="ExpedienteTitular", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    sujeto: Sujeto = Field(default=..., title="Sujeto", description="""Titular de los datos solicitados.""")
    evidencias_recibidas: Optional[list[EvidenciaRecibida]] = Field(default=None, title="Evidencias recibidas", description="""Evidencias que el titular ya entregó por el VDM y pueden reutilizarse mientras estén vigentes.""")
    consentimientos: Optional[list[ConsentimientoOtorgado]] = Field(default=None, title="Consentimientos", description="""Consentimientos otorgados por el titular.""")
    historial: Optional[list[RegistroIntercambio]] = Field(default=None, title="Historial de intercambios", description="""Bitácora de los mensajes intercambiados sobre el titular.""")


class EvidenciaRecibida(ConfiguredBaseModel):
    """
    Evidencia que llegó al expediente en una respuesta.
    """
    en_respuesta_a: str = Field(default=..., title="En respuesta a", description="""id_mensaje de la solicitud que se contesta.""")
    conjunto_datos: ReferenciaConjuntoDatos = Field(default=..., title="Conjunto de datos", description="""Conjunto de datos y versión.""")
    documento: ReferenciaDocumento = Field(default=..., title="Documento", description="""Referencia al documento oficial que respalda la evidencia.""")
    recibido_en: datetime  = Field(default=..., title="Recibido en", description="""Fecha y hora de recepción.""")

    @field_validator('en_respuesta_a')
    def pattern_en_respuesta_a(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid en_respuesta_a format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid en_respuesta_a format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('recibido_en')
    def pattern_recibido_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid recibido_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid recibido_en format: {v}"
            raise ValueError(err_msg)
        return v


class ConsentimientoOtorgado(ConfiguredBaseModel):
    """
    Consentimiento del titular para que un trámite obtenga un conjunto de datos.
    """
    id_consentimiento: str = Field(default=..., title="Identificador del consentimiento", description="""UUID del registro de consentimiento en Llave MX o en el expediente del titular.""")
    clave_tramite: str = Field(default=..., title="Clave de trámite", description="""Identificador VDM del trámite (clave de dependencia, diagonal y clave local).""")
    tipo_conjunto: TipoConjuntoDatos = Field(default=..., title="Tipo de conjunto de datos", description="""Nombre del conjunto de datos.""")
    finalidad: str = Field(default=..., title="Finalidad", description="""Finalidad del tratamiento de los datos, registrada en el directorio de servicios (principio de finalidad, LGPDPPSO).""")
    otorgado_en: datetime  = Field(default=..., title="Otorgado en", description="""Fecha y hora en que se otorgó el consentimiento.""")
    vence_en: datetime  = Field(default=..., title="Vence en", description="""Fecha y hora en que vence el consentimiento.""")
    nivel_autenticacion: NivelAutenticacion = Field(default=..., title="Nivel de autenticación", description="""Nivel Llave MX con que se autenticó el titular.""")

    @field_validator('id_consentimiento')
    def pattern_id_consentimiento(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_consentimiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_consentimiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clave_tramite')
    def pattern_clave_tramite(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}/[A-Z0-9][A-Z0-9-]{0,19}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_tramite format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_tramite format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('finalidad')
    def pattern_finalidad(cls, v):
        pattern=re.compile(r"^[a-z][a-z0-9_]{2,63}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid finalidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid finalidad format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('otorgado_en')
    def pattern_otorgado_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid otorgado_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid otorgado_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vence_en')
    def pattern_vence_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vence_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vence_en format: {v}"
            raise ValueError(err_msg)
        return v


class RegistroIntercambio(ConfiguredBaseModel):
    """
    Una entrada del historial de intercambios.
    """
    id_mensaje: str = Field(default=..., title="Identificador del mensaje", description="""UUID único del mensaje (encabezado id de X-Road).""")
    tipo_mensaje: str = Field(default=..., title="Tipo de mensaje", description="""Clase del mensaje registrado (SolicitudIntercambio, RespuestaIntercambio o RespuestaError).""")
    emitido_en: datetime  = Field(default=..., title="Emitido en", description="""Fecha y hora de emisión del mensaje (encabezado issue de X-Road).""")
    clave_solicitante: str = Field(default=..., title="Solicitante", description="""Clave VDM de la dependencia autorizada a pedir.""")
    clave_proveedor: str = Field(default=..., title="Proveedor", description="""Clave VDM de la dependencia que ofrece el servicio.""")
    tipo_conjunto: Optional[TipoConjuntoDatos] = Field(default=None, title="Tipo de conjunto de datos", description="""Nombre del conjunto de datos.""")
    resultado: Optional[str] = Field(default=None, title="Resultado", description="""Estado de la respuesta o código de falla con que terminó el intercambio.""")

    @field_validator('id_mensaje')
    def pattern_id_mensaje(cls, v):
        pattern=re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_mensaje format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_mensaje format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tipo_mensaje')
    def pattern_tipo_mensaje(cls, v):
        pattern=re.compile(r"^(SolicitudIntercambio|RespuestaIntercambio|RespuestaError)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid tipo_mensaje format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid tipo_mensaje format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('emitido_en')
    def pattern_emitido_en(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emitido_en format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emitido_en format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clave_solicitante')
    def pattern_clave_solicitante(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_solicitante format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_solicitante format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clave_proveedor')
    def pattern_clave_proveedor(cls, v):
        pattern=re.compile(r"^(FED-00|EST-(0[1-9]|[12][0-9]|3[0-2])|MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3})-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_proveedor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_proveedor format: {v}"
            raise ValueError(err_msg)
        return v


class PersonaIdentificada(ConfiguredBaseModel):
    """
    Clase base abstracta: una persona física o moral identificada por su CURP o su RFC, con su nombre (persona física) o su denominación o razón social (persona moral). Es una identificación ligera, sin los datos de nacimiento que exige PersonaFisica ni los fiscales que exige PersonaMoral, para los registros que sólo consignan quién es el titular. Una persona física no lleva denominacion_razon_social y una persona moral no lleva curp ni nombre.
    """
    tipo: Literal["PersonaIdentificada"] = Field(default="PersonaIdentificada", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_sujeto: TipoSujeto = Field(default=..., title="Tipo de sujeto", description="""Persona física o moral.""")
    curp: Optional[str] = Field(default=None, title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    nombre: Optional[str] = Field(default=None, title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: Optional[str] = Field(default=None, title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    denominacion_razon_social: Optional[str] = Field(default=None, title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v


class Contribuyente(PersonaIdentificada):
    """
    Persona física o moral inscrita en el Registro Federal de Contribuyentes, identificada por su RFC; la persona física agrega su CURP y su nombre, la persona moral su denominación o razón social. El RFC tiene 13 caracteres para persona física y 12 para persona moral.
    """
    tipo: Literal["Contribuyente"] = Field(default="Contribuyente", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_sujeto: TipoSujeto = Field(default=..., title="Tipo de sujeto", description="""Persona física o moral.""")
    curp: Optional[str] = Field(default=None, title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    rfc: str = Field(default=..., title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    nombre: Optional[str] = Field(default=None, title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: Optional[str] = Field(default=None, title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    denominacion_razon_social: Optional[str] = Field(default=None, title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v


class UbicacionMunicipal(ConfiguredBaseModel):
    """
    Municipio identificado por su clave de entidad federativa y su clave de municipio INEGI, sin domicilio completo.
    """
    tipo: Literal["UbicacionMunicipal"] = Field(default="UbicacionMunicipal", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    entidad_federativa: EntidadFederativa = Field(default=..., title="Entidad federativa", description="""Clave INEGI (CVE_ENT) de la entidad federativa.""")
    municipio: str = Field(default=..., title="Municipio", description="""Clave INEGI (CVE_MUN) del municipio, que debe existir dentro de la entidad federativa indicada.""")

    @field_validator('municipio')
    def pattern_municipio(cls, v):
        pattern=re.compile(r"^[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid municipio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid municipio format: {v}"
            raise ValueError(err_msg)
        return v


class DocumentoProbatorio(ConfiguredBaseModel):
    """
    Documento con que RENAPO asignó la CURP. Un acta de nacimiento se identifica por la entidad y el municipio de registro, el año y el número de acta (más tomo, libro y foja cuando existen); los demás documentos, por su folio.
    """
    tipo: Literal["DocumentoProbatorio"] = Field(default="DocumentoProbatorio", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_documento_probatorio: TipoDocumentoProbatorio = Field(default=..., title="Tipo de documento probatorio", description="""Clase del documento probatorio.""")
    entidad_federativa: Optional[EntidadFederativa] = Field(default=None, title="Entidad federativa", description="""Clave INEGI de la entidad federativa cuyo Registro Civil levantó el acta.""")
    municipio: Optional[str] = Field(default=None, title="Municipio", description="""Clave INEGI del municipio cuyo Registro Civil levantó el acta, dentro de la entidad indicada.""")
    anio_registro: Optional[int] = Field(default=None, title="Año de registro", description="""Año en que se levantó el acta en el Registro Civil.""", ge=1850, le=2100)
    tomo: Optional[str] = Field(default=None, title="Tomo", description="""Tomo del Registro Civil donde consta el acta, si lo hay.""")
    libro: Optional[str] = Field(default=None, title="Libro", description="""Libro del Registro Civil donde consta el acta, si lo hay.""")
    foja: Optional[str] = Field(default=None, title="Foja", description="""Foja del libro donde consta el acta, si la hay.""")
    numero_acta: Optional[str] = Field(default=None, title="Número de acta", description="""Número del acta en el Registro Civil, como texto para conservar los ceros a la izquierda.""")
    folio: Optional[str] = Field(default=None, title="Folio", description="""Folio o número del documento cuando no es un acta de nacimiento (documento migratorio, carta de naturalización o certificado de nacionalidad).""")

    @field_validator('municipio')
    def pattern_municipio(cls, v):
        pattern=re.compile(r"^[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid municipio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid municipio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tomo')
    def pattern_tomo(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid tomo format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid tomo format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('libro')
    def pattern_libro(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid libro format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid libro format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('foja')
    def pattern_foja(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid foja format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid foja format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('numero_acta')
    def pattern_numero_acta(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid numero_acta format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid numero_acta format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('folio')
    def pattern_folio(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio format: {v}"
            raise ValueError(err_msg)
        return v


class RegistroCurp(ConjuntoDatos):
    """
    Datos de identidad de una persona física en el Registro Nacional de Población: CURP, nombre, apellidos, fecha y entidad de nacimiento, sexo y nacionalidad, con el estatus de la clave, su fecha de inscripción y el documento probatorio. Usa directamente las ranuras de datos maestros porque RENAPO es su fuente autoritativa; no incluye RFC, contacto ni domicilio, que RENAPO no lleva.
    """
    curp: str = Field(default=..., title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    nombre: str = Field(default=..., title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: str = Field(default=..., title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    fecha_nacimiento: date = Field(default=..., title="Fecha de nacimiento", description="""Fecha de nacimiento de la persona física.""")
    sexo: Sexo = Field(default=..., title="Sexo", description="""Sexo registrado de la persona física.""")
    entidad_nacimiento: EntidadNacimientoCurp = Field(default=..., title="Entidad de nacimiento", description="""Entidad federativa de nacimiento con la clave de dos letras que usa la CURP (NE si nació en el extranjero).""")
    nacionalidad: str = Field(default=..., title="Nacionalidad", description="""País de nacionalidad de la persona, con el código ISO 3166-1 alfa-3 del catálogo c_Pais del SAT.""")
    estatus_curp: EstatusCurp = Field(default=..., title="Estatus de la CURP", description="""Situación de la CURP en RENAPO (activa o dada de baja, y por qué).""")
    fecha_registro: date = Field(default=..., title="Fecha de registro", description="""Fecha de inscripción de la CURP en la Base de Datos Nacional de la CURP.""")
    documento_probatorio: DocumentoProbatorio = Field(default=..., title="Documento probatorio", description="""Datos del documento con que se acreditó la identidad de la persona al asignarle la CURP.""")
    tipo: Literal["RegistroCurp"] = Field(default="RegistroCurp", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_nacimiento')
    def pattern_fecha_nacimiento(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_nacimiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_nacimiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nacionalidad')
    def pattern_nacionalidad(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nacionalidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nacionalidad format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_registro')
    def pattern_fecha_registro(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_registro format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_registro format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class RegimenContribuyente(ConfiguredBaseModel):
    """
    Un régimen fiscal del catálogo c_RegimenFiscal con el periodo en que el contribuyente tributa en él.
    """
    tipo: Literal["RegimenContribuyente"] = Field(default="RegimenContribuyente", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    regimen_fiscal: RegimenFiscal = Field(default=..., title="Régimen fiscal", description="""Régimen fiscal del contribuyente ante el SAT.""")
    fecha_inicio: date = Field(default=..., title="Fecha de inicio", description="""Fecha de alta del contribuyente en el régimen.""")
    fecha_fin: Optional[date] = Field(default=None, title="Fecha de fin", description="""Fecha de baja del contribuyente en el régimen; se omite si sigue vigente.""")

    @field_validator('fecha_inicio')
    def pattern_fecha_inicio(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_inicio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_inicio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_fin')
    def pattern_fecha_fin(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_fin format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_fin format: {v}"
            raise ValueError(err_msg)
        return v


class ConstanciaSituacionFiscal(ConjuntoDatos):
    """
    Situación de un contribuyente en el RFC a la fecha de emisión. El contribuyente es una persona física (tipo_sujeto persona_fisica, con RFC de 13 caracteres, CURP y nombre) o una persona moral (tipo_sujeto persona_moral, con RFC de 12 caracteres y denominación o razón social). Los porcentajes de las actividades económicas suman 100.
    """
    contribuyente: Contribuyente = Field(default=..., title="Contribuyente", description="""Persona física o moral a quien se refiere la constancia, con su RFC y su CURP y nombre o su denominación.""")
    id_cif: str = Field(default=..., title="idCIF", description="""Identificador numérico de la Cédula de Identificación Fiscal que imprime el SAT en la constancia.""")
    nombre_comercial: Optional[str] = Field(default=None, title="Nombre comercial", description="""Nombre con que la persona o su establecimiento se ostenta ante el público, distinto de su nombre legal.""")
    fecha_inicio_operaciones: date = Field(default=..., title="Fecha de inicio de operaciones", description="""Fecha en que el contribuyente inició operaciones según su inscripción en el RFC.""")
    estatus_padron: EstatusPadron = Field(default=..., title="Estatus en el padrón", description="""Situación actual del contribuyente en el padrón del RFC.""")
    fecha_ultimo_cambio_estado: date = Field(default=..., title="Fecha de último cambio de estado", description="""Fecha en que cambió por última vez el estatus en el padrón; no es anterior a la fecha de inicio de operaciones.""")
    domicilio_fiscal: Domicilio = Field(default=..., title="Domicilio fiscal", description="""Domicilio fiscal registrado ante el SAT.""")
    regimenes_contribuyente: list[RegimenContribuyente] = Field(default=..., title="Regímenes del contribuyente", description="""Regímenes fiscales en que está o estuvo dado de alta el contribuyente, cada uno con sus fechas de inicio y fin.""", min_length=1)
    actividades_economicas: Optional[list[ActividadEconomica]] = Field(default=None, title="Actividades económicas", description="""Actividades económicas SCIAN con su porcentaje.""")
    lugar_emision: str = Field(default=..., title="Lugar de emisión", description="""Lugar de emisión que imprime la constancia (municipio y entidad, como texto).""")
    fecha_emision: datetime  = Field(default=..., title="Fecha de emisión", description="""Fecha y hora en que el SAT emitió la constancia.""")
    tipo: Literal["ConstanciaSituacionFiscal"] = Field(default="ConstanciaSituacionFiscal", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('id_cif')
    def pattern_id_cif(cls, v):
        pattern=re.compile(r"^[0-9]{1,20}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid id_cif format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid id_cif format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre_comercial')
    def pattern_nombre_comercial(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_comercial format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_comercial format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_inicio_operaciones')
    def pattern_fecha_inicio_operaciones(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_inicio_operaciones format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_inicio_operaciones format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_ultimo_cambio_estado')
    def pattern_fecha_ultimo_cambio_estado(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_ultimo_cambio_estado format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_ultimo_cambio_estado format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('lugar_emision')
    def pattern_lugar_emision(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid lugar_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid lugar_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_emision')
    def pattern_fecha_emision(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class OpinionCumplimiento(ConjuntoDatos):
    """
    Opinión del SAT sobre el cumplimiento de obligaciones fiscales de un contribuyente (artículo 32-D del CFF). Es válida por 30 días naturales desde su emisión, por lo que vigente_hasta cae a más tardar 30 días después de la fecha de emisión. Una opinión negativa enumera las obligaciones pendientes.
    """
    rfc: str = Field(default=..., title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    folio: str = Field(default=..., title="Folio", description="""Folio de la opinión del cumplimiento asignado por el SAT.""")
    sentido_opinion: SentidoOpinion = Field(default=..., title="Sentido de la opinión", description="""Resultado de la opinión del cumplimiento.""")
    fecha_emision: datetime  = Field(default=..., title="Fecha de emisión", description="""Fecha y hora en que el SAT emitió la opinión.""")
    vigente_hasta: date = Field(default=..., title="Vigente hasta", description="""Último día de validez de la opinión (30 días naturales a partir de su emisión).""")
    obligaciones_pendientes: Optional[list[str]] = Field(default=None, title="Obligaciones pendientes", description="""Obligaciones o créditos fiscales que motivan una opinión negativa, como los describe el SAT.""")
    tipo: Literal["OpinionCumplimiento"] = Field(default="OpinionCumplimiento", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('folio')
    def pattern_folio(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_emision')
    def pattern_fecha_emision(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vigente_hasta')
    def pattern_vigente_hasta(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vigente_hasta format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vigente_hasta format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('obligaciones_pendientes')
    def pattern_obligaciones_pendientes(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid obligaciones_pendientes format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid obligaciones_pendientes format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class FedatarioPublico(ConfiguredBaseModel):
    """
    Notario o corredor público, identificado por su número y la entidad federativa donde ejerce.
    """
    tipo: Literal["FedatarioPublico"] = Field(default="FedatarioPublico", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_fedatario: TipoFedatario = Field(default=..., title="Tipo de fedatario", description="""Notario público o corredor público.""")
    numero_fedatario: int = Field(default=..., title="Número de notaría o correduría", description="""Número de la notaría o de la correduría pública.""", ge=1)
    nombre_fedatario: Optional[str] = Field(default=None, title="Nombre del fedatario", description="""Nombre completo del notario o corredor público.""")
    entidad_federativa: EntidadFederativa = Field(default=..., title="Entidad federativa", description="""Clave INEGI de la entidad federativa donde ejerce el fedatario.""")
    municipio: Optional[str] = Field(default=None, title="Municipio", description="""Clave INEGI del municipio sede de la notaría o correduría, si se conoce.""")

    @field_validator('nombre_fedatario')
    def pattern_nombre_fedatario(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_fedatario format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_fedatario format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('municipio')
    def pattern_municipio(cls, v):
        pattern=re.compile(r"^[0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid municipio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid municipio format: {v}"
            raise ValueError(err_msg)
        return v


class SocioAccionista(PersonaIdentificada):
    """
    Persona física o moral que participa en el capital de la sociedad, identificada por su CURP o su RFC, con su porcentaje de participación.
    """
    porcentaje: Decimal = Field(default=..., title="Porcentaje", description="""Porcentaje del capital social que suscribe el socio o accionista.""", ge=0, le=100)
    tipo: Literal["SocioAccionista"] = Field(default="SocioAccionista", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_sujeto: TipoSujeto = Field(default=..., title="Tipo de sujeto", description="""Persona física o moral.""")
    curp: Optional[str] = Field(default=None, title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    nombre: Optional[str] = Field(default=None, title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: Optional[str] = Field(default=None, title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    denominacion_razon_social: Optional[str] = Field(default=None, title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v


class ActaConstitutiva(ConjuntoDatos):
    """
    Constitución de una sociedad tal como consta en el folio mercantil electrónico del Registro Público de Comercio. El RFC es opcional porque la sociedad puede obtenerlo después de la inscripción; fecha_registro es la fecha de inscripción en el registro.
    """
    folio_mercantil_electronico: str = Field(default=..., title="Folio mercantil electrónico", description="""Folio mercantil electrónico (FME) de la sociedad en el Registro Público de Comercio. En el SIGER 2.0 tiene la forma N- seguida del año (4 dígitos) y un consecutivo de 6 dígitos (N-2021086047); los folios anteriores son numéricos, a veces con un sufijo de antecedente con asterisco o guion (323641, 495570-1). El patrón acepta ambas formas.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    denominacion_razon_social: str = Field(default=..., title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")
    tipo_sociedad: TipoSociedad = Field(default=..., title="Tipo de sociedad", description="""Forma jurídica de la sociedad.""")
    fecha_constitucion: date = Field(default=..., title="Fecha de constitución", description="""Fecha en que se constituyó la persona moral.""")
    numero_escritura: str = Field(default=..., title="Número de escritura", description="""Número de la escritura pública o póliza en que consta la constitución.""")
    fecha_escritura: date = Field(default=..., title="Fecha de la escritura", description="""Fecha en que se otorgó la escritura o póliza; la fecha de registro no es anterior a ella.""")
    fedatario: FedatarioPublico = Field(default=..., title="Fedatario público", description="""Notario o corredor público ante quien se otorgó el instrumento.""")
    domicilio_social: UbicacionMunicipal = Field(default=..., title="Domicilio social", description="""Municipio y entidad federativa del domicilio social fijado en los estatutos.""")
    capital_social: Optional[Decimal] = Field(default=None, title="Capital social", description="""Capital social suscrito al constituirse la sociedad, en pesos mexicanos.""", ge=0)
    socios_accionistas: list[SocioAccionista] = Field(default=..., title="Socios o accionistas", description="""Socios o accionistas fundadores con su porcentaje de participación en el capital; los porcentajes suman 100.""", min_length=1)
    representante_legal: Optional[Union[PersonaFisica,Artesano]] = Field(default=None, title="Representante legal", description="""Persona física que representa legalmente a la persona moral.""")
    fecha_registro: date = Field(default=..., title="Fecha de registro", description="""Fecha de inscripción del acta constitutiva en el Registro Público de Comercio.""")
    tipo: Literal["ActaConstitutiva"] = Field(default="ActaConstitutiva", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('folio_mercantil_electronico')
    def pattern_folio_mercantil_electronico(cls, v):
        pattern=re.compile(r"^(N-[0-9]{10}|[0-9]{1,10}([*-][0-9]{1,3})?)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio_mercantil_electronico format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio_mercantil_electronico format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_constitucion')
    def pattern_fecha_constitucion(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_constitucion format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_constitucion format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('numero_escritura')
    def pattern_numero_escritura(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid numero_escritura format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid numero_escritura format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_escritura')
    def pattern_fecha_escritura(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_escritura format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_escritura format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_registro')
    def pattern_fecha_registro(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_registro format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_registro format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class Propietario(PersonaIdentificada):
    """
    Persona física o moral propietaria o copropietaria del inmueble, identificada por su CURP o su RFC, con su porcentaje de propiedad.
    """
    porcentaje: Decimal = Field(default=..., title="Porcentaje", description="""Porcentaje de la propiedad del inmueble que corresponde al propietario.""", ge=0, le=100)
    tipo: Literal["Propietario"] = Field(default="Propietario", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    tipo_sujeto: TipoSujeto = Field(default=..., title="Tipo de sujeto", description="""Persona física o moral.""")
    curp: Optional[str] = Field(default=None, title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    nombre: Optional[str] = Field(default=None, title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: Optional[str] = Field(default=None, title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    denominacion_razon_social: Optional[str] = Field(default=None, title="Denominación o razón social", description="""Nombre legal de la persona moral, como consta en el RFC y en su acta constitutiva.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('denominacion_razon_social')
    def pattern_denominacion_razon_social(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid denominacion_razon_social format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid denominacion_razon_social format: {v}"
            raise ValueError(err_msg)
        return v


class RegistroCatastral(ConjuntoDatos):
    """
    Situación registral y catastral de un inmueble. El domicilio es el de ubicación del predio; su entidad y municipio son los de la jurisdicción del catastro que lo registra.
    """
    clave_catastral: str = Field(default=..., title="Clave catastral", description="""Clave con que el catastro identifica el predio; su estructura (región, manzana, lote, etc.) varía por municipio. De 6 a 31 letras mayúsculas, dígitos o guiones.""")
    folio_real: Optional[str] = Field(default=None, title="Folio real", description="""Folio real (electrónico) del inmueble en el registro público de la propiedad de la entidad federativa.""")
    domicilio: Domicilio = Field(default=..., title="Domicilio", description="""Domicilio de ubicación del inmueble.""")
    superficie_terreno: Decimal = Field(default=..., title="Superficie de terreno", description="""Superficie del terreno en metros cuadrados.""", ge=0)
    superficie_construccion: Decimal = Field(default=..., title="Superficie de construcción", description="""Superficie construida en metros cuadrados (0 si el predio es baldío).""", ge=0)
    uso_suelo: UsoSuelo = Field(default=..., title="Uso de suelo", description="""Uso de suelo del predio.""")
    valor_catastral: Decimal = Field(default=..., title="Valor catastral", description="""Valor catastral vigente del inmueble (terreno más construcción), en pesos mexicanos.""", ge=0)
    propietarios: list[Propietario] = Field(default=..., title="Propietarios", description="""Propietarios o copropietarios del inmueble con su porcentaje de propiedad; los porcentajes suman 100.""", min_length=1)
    gravamenes: Optional[list[str]] = Field(default=None, title="Gravámenes", description="""Gravámenes y anotaciones vigentes sobre el inmueble (hipoteca, embargo, servidumbre), como los describe el registro. Una lista vacía significa que el registro no reporta gravámenes; si se omite, el proveedor no lleva ese dato.""")
    fecha_ultima_actualizacion: date = Field(default=..., title="Fecha de última actualización", description="""Fecha en que se actualizó por última vez el registro catastral del inmueble.""")
    tipo: Literal["RegistroCatastral"] = Field(default="RegistroCatastral", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('clave_catastral')
    def pattern_clave_catastral(cls, v):
        pattern=re.compile(r"^[0-9A-Z-]{6,31}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clave_catastral format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clave_catastral format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('folio_real')
    def pattern_folio_real(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio_real format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio_real format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('gravamenes')
    def pattern_gravamenes(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid gravamenes format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid gravamenes format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_ultima_actualizacion')
    def pattern_fecha_ultima_actualizacion(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_ultima_actualizacion format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_ultima_actualizacion format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class Artesano(PersonaFisica):
    """
    Persona física inscrita como artesana; a diferencia de PersonaFisica, el domicilio es obligatorio.
    """
    tipo: Literal["Artesano"] = Field(default="Artesano", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    curp: str = Field(default=..., title="CURP", description="""Clave Única de Registro de Población de la persona física.""")
    nombre: str = Field(default=..., title="Nombre(s)", description="""Nombre o nombres de pila de la persona física, como constan en su CURP.""")
    primer_apellido: str = Field(default=..., title="Primer apellido", description="""Primer apellido de la persona física, como consta en su CURP.""")
    segundo_apellido: Optional[str] = Field(default=None, title="Segundo apellido", description="""Segundo apellido de la persona física, si lo tiene, como consta en su CURP.""")
    fecha_nacimiento: date = Field(default=..., title="Fecha de nacimiento", description="""Fecha de nacimiento de la persona física.""")
    sexo: Sexo = Field(default=..., title="Sexo", description="""Sexo registrado de la persona física.""")
    entidad_nacimiento: EntidadNacimientoCurp = Field(default=..., title="Entidad de nacimiento", description="""Entidad federativa de nacimiento con la clave de dos letras que usa la CURP (NE si nació en el extranjero).""")
    nacionalidad: Optional[str] = Field(default=None, title="Nacionalidad", description="""País de nacionalidad de la persona, con el código ISO 3166-1 alfa-3 del catálogo c_Pais del SAT.""")
    rfc: Optional[str] = Field(default=None, title="RFC", description="""Registro Federal de Contribuyentes de una persona física o moral.""")
    contacto: Optional[Contacto] = Field(default=None, title="Contacto", description="""Medios de contacto declarados.""")
    domicilio: Domicilio = Field(default=..., title="Domicilio", description="""Domicilio particular de la persona artesana.""")

    @field_validator('curp')
    def pattern_curp(cls, v):
        pattern=re.compile(r"^[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid curp format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid curp format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre')
    def pattern_nombre(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('primer_apellido')
    def pattern_primer_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid primer_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid primer_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('segundo_apellido')
    def pattern_segundo_apellido(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid segundo_apellido format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid segundo_apellido format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_nacimiento')
    def pattern_fecha_nacimiento(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_nacimiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_nacimiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nacionalidad')
    def pattern_nacionalidad(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nacionalidad format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nacionalidad format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rfc')
    def pattern_rfc(cls, v):
        pattern=re.compile(r"^[A-ZÑ&]{4}[0-9]{6}[A-Z0-9]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid rfc format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid rfc format: {v}"
            raise ValueError(err_msg)
        return v


class RegistroArtesano(ConjuntoDatos):
    """
    Inscripción vigente de una persona en el registro estatal de artesanos. fecha_registro es la de la primera inscripción; fecha_emision y vigente_hasta, las de la credencial vigente. pueblo_indigena se da sólo si pertenece_pueblo_indigena es verdadero.
    """
    folio: str = Field(default=..., title="Folio", description="""Folio de inscripción en el registro estatal de artesanos.""")
    artesano: Artesano = Field(default=..., title="Artesano", description="""Persona artesana inscrita, con su domicilio.""")
    rama_artesanal: RamaArtesanal = Field(default=..., title="Rama artesanal", description="""Rama artesanal principal de la persona.""")
    tecnica_artesanal: Optional[str] = Field(default=None, title="Técnica artesanal", description="""Técnica o especialidad dentro de la rama, como la registra el padrón (por ejemplo, barro bruñido).""")
    municipio_produccion: UbicacionMunicipal = Field(default=..., title="Municipio de producción", description="""Municipio donde la persona elabora sus piezas.""")
    pertenece_pueblo_indigena: bool = Field(default=..., title="Pertenece a un pueblo indígena", description="""Si la persona se reconoce como integrante de un pueblo o comunidad indígena.""")
    pueblo_indigena: Optional[str] = Field(default=None, title="Pueblo indígena", description="""Nombre del pueblo indígena al que pertenece la persona (por ejemplo, wixárika); se da sólo si pertenece_pueblo_indigena es verdadero.""")
    fecha_registro: date = Field(default=..., title="Fecha de registro", description="""Fecha de la primera inscripción de la persona en el registro de artesanos.""")
    fecha_emision: datetime  = Field(default=..., title="Fecha de emisión", description="""Fecha y hora de expedición de la credencial o constancia vigente.""")
    vigente_hasta: date = Field(default=..., title="Vigente hasta", description="""Último día de validez de la credencial o constancia de artesano.""")
    tipo: Literal["RegistroArtesano"] = Field(default="RegistroArtesano", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('folio')
    def pattern_folio(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('tecnica_artesanal')
    def pattern_tecnica_artesanal(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid tecnica_artesanal format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid tecnica_artesanal format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('pueblo_indigena')
    def pattern_pueblo_indigena(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid pueblo_indigena format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid pueblo_indigena format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_registro')
    def pattern_fecha_registro(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_registro format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_registro format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_emision')
    def pattern_fecha_emision(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vigente_hasta')
    def pattern_vigente_hasta(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vigente_hasta format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vigente_hasta format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


class LicenciaFuncionamiento(ConjuntoDatos):
    """
    Licencia que expide un municipio para que un establecimiento opere con un giro en un domicilio. La emite una dependencia municipal (clave MUN-…) y el domicilio del establecimiento está en el municipio de esa dependencia.
    """
    folio: str = Field(default=..., title="Folio", description="""Número de la licencia de funcionamiento asignado por el municipio.""")
    emisor: str = Field(default=..., title="Emisor", description="""Clave VDM de la dependencia municipal que expidió la licencia (nivel MUN).""")
    titular: Contribuyente = Field(default=..., title="Titular", description="""Persona física o moral a cuyo nombre se expide la licencia, identificada por su RFC.""")
    nombre_comercial: Optional[str] = Field(default=None, title="Nombre comercial", description="""Nombre con que la persona o su establecimiento se ostenta ante el público, distinto de su nombre legal.""")
    clase_scian: str = Field(default=..., title="Clase de actividad SCIAN", description="""Giro autorizado del establecimiento, como clase SCIAN México 2023.""")
    domicilio: Domicilio = Field(default=..., title="Domicilio", description="""Domicilio del establecimiento.""")
    horario_funcionamiento: Optional[str] = Field(default=None, title="Horario de funcionamiento", description="""Días y horas en que el establecimiento puede operar, como los fija la licencia.""")
    superficie_establecimiento: Optional[Decimal] = Field(default=None, title="Superficie del establecimiento", description="""Superficie que ocupa el establecimiento, en metros cuadrados.""", ge=0)
    fecha_emision: datetime  = Field(default=..., title="Fecha de emisión", description="""Fecha y hora de expedición de la licencia.""")
    vigente_hasta: date = Field(default=..., title="Vigente hasta", description="""Último día de validez de la licencia.""")
    nivel_riesgo: NivelRiesgo = Field(default=..., title="Nivel de riesgo", description="""Nivel de riesgo asignado al establecimiento.""")
    tipo: Literal["LicenciaFuncionamiento"] = Field(default="LicenciaFuncionamiento", title="Tipo", description="""Nombre de la clase del objeto. En los mensajes y conjuntos de datos es obligatorio y permite al validador detectar contra qué clase validar.""")
    version_conjunto: str = Field(default=..., title="Versión del conjunto de datos", description="""Versión semántica del modelo del conjunto de datos.""")

    @field_validator('folio')
    def pattern_folio(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid folio format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid folio format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('emisor')
    def pattern_emisor(cls, v):
        pattern=re.compile(r"^MUN-(0[1-9]|[12][0-9]|3[0-2])[0-9]{3}-[A-Z0-9]{2,15}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid emisor format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid emisor format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nombre_comercial')
    def pattern_nombre_comercial(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid nombre_comercial format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid nombre_comercial format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('clase_scian')
    def pattern_clase_scian(cls, v):
        pattern=re.compile(r"^[1-9][0-9]{5}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid clase_scian format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid clase_scian format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('horario_funcionamiento')
    def pattern_horario_funcionamiento(cls, v):
        pattern=re.compile(r"^\S(?:.*\S)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid horario_funcionamiento format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid horario_funcionamiento format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fecha_emision')
    def pattern_fecha_emision(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid fecha_emision format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid fecha_emision format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('vigente_hasta')
    def pattern_vigente_hasta(cls, v):
        pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid vigente_hasta format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid vigente_hasta format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version_conjunto')
    def pattern_version_conjunto(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.fullmatch(element):
                    err_msg = f"Invalid version_conjunto format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.fullmatch(v):
            err_msg = f"Invalid version_conjunto format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Contacto.model_rebuild()
Domicilio.model_rebuild()
PersonaFisica.model_rebuild()
PersonaMoral.model_rebuild()
ActividadEconomica.model_rebuild()
EntidadGubernamental.model_rebuild()
Tramite.model_rebuild()
ReferenciaDocumento.model_rebuild()
ConstanciaNom151.model_rebuild()
ConjuntoDatos.model_rebuild()
Participante.model_rebuild()
Sujeto.model_rebuild()
ReferenciaConjuntoDatos.model_rebuild()
Autorizacion.model_rebuild()
AtributoAdicional.model_rebuild()
Evidencia.model_rebuild()
FallaReportada.model_rebuild()
SolicitudIntercambio.model_rebuild()
RespuestaIntercambio.model_rebuild()
RespuestaError.model_rebuild()
DirectorioServicios.model_rebuild()
ServicioDatos.model_rebuild()
PermisoAcceso.model_rebuild()
ExpedienteTitular.model_rebuild()
EvidenciaRecibida.model_rebuild()
ConsentimientoOtorgado.model_rebuild()
RegistroIntercambio.model_rebuild()
PersonaIdentificada.model_rebuild()
Contribuyente.model_rebuild()
UbicacionMunicipal.model_rebuild()
DocumentoProbatorio.model_rebuild()
RegistroCurp.model_rebuild()
RegimenContribuyente.model_rebuild()
ConstanciaSituacionFiscal.model_rebuild()
OpinionCumplimiento.model_rebuild()
FedatarioPublico.model_rebuild()
SocioAccionista.model_rebuild()
ActaConstitutiva.model_rebuild()
Propietario.model_rebuild()
RegistroCatastral.model_rebuild()
Artesano.model_rebuild()
RegistroArtesano.model_rebuild()
LicenciaFuncionamiento.model_rebuild()
